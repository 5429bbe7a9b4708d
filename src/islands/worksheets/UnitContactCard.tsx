/** One contact on the buying unit map: name, title, roles, stance and the next action. */
import { format } from '../../i18n/format';
import type { UIKey } from '../../i18n';
import type { UnitContact } from '../../lib/records';
import { roleKeys, stanceKeys, type RoleKey } from '../../lib/vocabulary';
import { TextField } from './fields';
import type { Strings } from './strings';

export const roleLabelKeys = roleKeys.map((k) => `worksheet.role.${k}` as const) satisfies readonly UIKey[];
export const stanceLabelKeys = stanceKeys.map((k) => `worksheet.stance.${k}` as const) satisfies readonly UIKey[];
export const contactKeys = [
  ...roleLabelKeys,
  ...stanceLabelKeys,
  'worksheet.bu.contact',
  'worksheet.bu.name',
  'worksheet.bu.jobTitle',
  'worksheet.bu.roles',
  'worksheet.bu.stance',
  'worksheet.bu.nextAction',
  'worksheet.bu.deleteContact',
  'worksheet.delete',
] as const satisfies readonly UIKey[];

interface Props {
  contact: UnitContact;
  index: number;
  onChange: (patch: Partial<Omit<UnitContact, 'id'>>) => void;
  onDelete: () => void;
  t: Strings<typeof contactKeys>;
}

export function UnitContactCard({ contact, index, onChange, onDelete, t }: Props) {
  const base = `contact-${contact.id}`;
  const title = format(t['worksheet.bu.contact'], { n: index + 1 });
  const toggleRole = (role: RoleKey, on: boolean) => {
    // "Not in the buying decision unit" excludes every other role, and the other way round.
    const kept = contact.roles.filter((r) => r !== role && (role === 'none' ? false : r !== 'none'));
    const roles = on ? [...kept, role] : kept;
    onChange({ roles: roleKeys.filter((r) => roles.includes(r)) });
  };
  return (
    <li className="ws-row" data-testid={`contact-${contact.id}`} aria-labelledby={`${base}-title`}>
      <div className="ws-row-head">
        <h3 id={`${base}-title`}>
          {title}
          {contact.name.trim() && <span className="muted">: {contact.name.trim()}</span>}
        </h3>
        <button
          type="button"
          className="danger"
          aria-label={format(t['worksheet.bu.deleteContact'], { n: index + 1 })}
          onClick={onDelete}
        >
          {t['worksheet.delete']}
        </button>
      </div>
      <div className="ws-row-grid">
        <TextField
          id={`${base}-name`}
          label={t['worksheet.bu.name']}
          labelSuffix={title}
          multiline={false}
          maxLength={200}
          value={contact.name}
          onChange={(name) => onChange({ name })}
        />
        <TextField
          id={`${base}-title-field`}
          label={t['worksheet.bu.jobTitle']}
          labelSuffix={title}
          multiline={false}
          maxLength={200}
          value={contact.title}
          onChange={(v) => onChange({ title: v })}
        />
        <fieldset className="ws-options ws-wide">
          <legend>
            {t['worksheet.bu.roles']}
            <span className="visually-hidden">: {title}</span>
          </legend>
          {roleKeys.map((role) => (
            <label key={role} className="ws-option">
              <input
                type="checkbox"
                name={`${base}-roles`}
                value={role}
                checked={contact.roles.includes(role)}
                onChange={(e) => toggleRole(role, e.currentTarget.checked)}
              />
              {t[`worksheet.role.${role}`]}
            </label>
          ))}
        </fieldset>
        <fieldset className="ws-options ws-wide">
          <legend>
            {t['worksheet.bu.stance']}
            <span className="visually-hidden">: {title}</span>
          </legend>
          {stanceKeys.map((stance) => (
            <label key={stance} className="ws-option">
              <input
                type="radio"
                name={`${base}-stance`}
                value={stance}
                checked={contact.stance === stance}
                onChange={() => onChange({ stance })}
              />
              {t[`worksheet.stance.${stance}`]}
            </label>
          ))}
        </fieldset>
        <div className="ws-wide">
          <TextField
            id={`${base}-next`}
            label={t['worksheet.bu.nextAction']}
            labelSuffix={title}
            rows={2}
            value={contact.nextAction}
            onChange={(nextAction) => onChange({ nextAction })}
          />
        </div>
      </div>
    </li>
  );
}
