/**
 * The buying unit map of one real opportunity: contacts with roles, stance and next action,
 * and the method's hints on what is missing (`lib/worksheet-buying-unit`).
 */
import { useFocusAfterRender } from '../use-focus-after-render';
import { format } from '../../i18n/format';
import type { UIKey } from '../../i18n';
import { fieldText, removeRow, setField, updateRow } from '../../lib/worksheet-body';
import { buyingUnitHints, MAX_CONTACTS, newContact, type BuyingUnitHint } from '../../lib/worksheet-buying-unit';
import { buyingUnitCompletion } from '../../lib/worksheet-completion';
import { roleKeys } from '../../lib/vocabulary';
import { BlankTable } from './BlankTable';
import { TextField } from './fields';
import { frameKeys, type Strings } from './strings';
import { contactKeys, UnitContactCard } from './UnitContactCard';
import { useWorksheet } from './use-worksheet';
import { WorksheetFrame } from './WorksheetFrame';
import { Icon } from '../Icon';

export const buyingUnitKeys = [
  ...frameKeys,
  ...contactKeys,
  'worksheet.rule.buying-unit-map',
  'worksheet.bu.opportunity',
  'worksheet.bu.opportunityHint',
  'worksheet.bu.contacts',
  'worksheet.bu.roleGuide',
  'worksheet.bu.add',
  'worksheet.bu.empty',
  'worksheet.bu.limit',
  'worksheet.bu.hints',
  'worksheet.bu.hint.no-kdl',
  'worksheet.bu.hint.several-kdl',
  'worksheet.bu.hint.no-sponsor',
  'worksheet.bu.hint.opponents',
  'worksheet.bu.hint.neutrals',
  'worksheet.bu.hintsNone',
  'worksheet.listSeparator',
] as const satisfies readonly UIKey[];

/** The field id of the opportunity's name. */
export const OPPORTUNITY_FIELD = 'opportunity';

interface Props {
  sheetId: string;
  contentHash: string;
  lang: string;
  /** Glossary link of each role (`none` has none). */
  roleLinks: Partial<Record<(typeof roleKeys)[number], string>>;
  t: Strings<typeof buyingUnitKeys>;
}

export default function BuyingUnitMap({ sheetId, contentHash, lang, roleLinks, t }: Props) {
  const { record, recordId, body, save, reset, changed, deal } = useWorksheet(
    sheetId,
    contentHash,
    buyingUnitCompletion,
  );
  const contacts = body.contacts ?? [];
  const setFocus = useFocusAfterRender();
  const names = (ids: string[]) =>
    ids
      .map((id) => {
        const i = contacts.findIndex((c) => c.id === id);
        return contacts[i]?.name.trim() || format(t['worksheet.bu.contact'], { n: i + 1 });
      })
      .join(t['worksheet.listSeparator']);
  const hintText = (h: BuyingUnitHint) =>
    'ids' in h ? format(t[`worksheet.bu.hint.${h.kind}`], { names: names(h.ids) }) : t[`worksheet.bu.hint.${h.kind}`];
  const hints = buyingUnitHints(contacts);
  const add = () => {
    const contact = newContact(contacts);
    save((b) => ({ ...b, contacts: [...(b.contacts ?? []), newContact(b.contacts ?? [])] }));
    setFocus(`contact-${contact.id}-name`);
  };

  return (
    <WorksheetFrame
      lang={lang}
      sheetId={recordId}
      record={record}
      deal={deal}
      changed={changed}
      rule={t['worksheet.rule.buying-unit-map']}
      onReset={reset}
      t={t}
    >
      <TextField
        id="bu-opportunity"
        label={t['worksheet.bu.opportunity']}
        hint={t['worksheet.bu.opportunityHint']}
        multiline={false}
        maxLength={2000}
        value={fieldText(body, OPPORTUNITY_FIELD)}
        onChange={(v) => save((b) => setField(b, OPPORTUNITY_FIELD, v))}
      />
      <section className="ws-section" aria-labelledby="bu-contacts">
        <h2 id="bu-contacts">{t['worksheet.bu.contacts']}</h2>
        <p className="ws-hint no-print">
          {t['worksheet.bu.roleGuide']}{' '}
          {roleKeys
            .filter((r) => roleLinks[r])
            .map((r, i) => (
              <span key={r}>
                {i > 0 && t['worksheet.listSeparator']}
                <a href={roleLinks[r]}>{t[`worksheet.role.${r}`]}</a>
              </span>
            ))}
        </p>
        {contacts.length === 0 && <p className="muted ws-filled-only">{t['worksheet.bu.empty']}</p>}
        <ol className="ws-rows ws-filled-only">
          {contacts.map((c, i) => (
            <UnitContactCard
              key={c.id}
              contact={c}
              index={i}
              t={t}
              onChange={(patch) => save((b) => ({ ...b, contacts: updateRow(b.contacts ?? [], c.id, patch) }))}
              onDelete={() => {
                save((b) => ({ ...b, contacts: removeRow(b.contacts ?? [], c.id) }));
                setFocus('bu-add');
              }}
            />
          ))}
        </ol>
        <button
          type="button"
          id="bu-add"
          className="secondary ws-add"
          onClick={add}
          disabled={contacts.length >= MAX_CONTACTS}
        >
          {t['worksheet.bu.add']}
        </button>
        {contacts.length >= MAX_CONTACTS && (
          <p className="notice ws-limit">{format(t['worksheet.bu.limit'], { n: MAX_CONTACTS })}</p>
        )}
        <BlankTable
          columns={[
            t['worksheet.bu.name'],
            t['worksheet.bu.jobTitle'],
            t['worksheet.bu.roles'],
            t['worksheet.bu.stance'],
            t['worksheet.bu.nextAction'],
          ]}
          rows={8}
        />
      </section>
      <section className="ws-section ws-derived" aria-labelledby="bu-hints" data-testid="buying-unit-hints">
        <h2 id="bu-hints">{t['worksheet.bu.hints']}</h2>
        <div aria-live="polite">
          {hints.length === 0 ? (
            <p>{t['worksheet.bu.hintsNone']}</p>
          ) : (
            <ul className="ws-flags ws-plain-list">
              {hints.map((h) => (
                <li key={h.kind} className="ws-flag" data-hint={h.kind}>
                  <Icon name="warning" />
                  {hintText(h)}
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
    </WorksheetFrame>
  );
}
