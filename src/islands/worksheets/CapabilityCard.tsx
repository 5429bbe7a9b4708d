/** One row of the capability table: a business capability compared with the strongest competitor. */
import { format } from '../../i18n/format';
import type { UIKey } from '../../i18n';
import type { CapabilityRow } from '../../lib/records';
import { capabilityFlags } from '../../lib/unique-value-flags';
import { MAX_TEXT, SelectField, TextField } from './fields';
import type { Strings } from './strings';
import { Icon } from '../Icon';

export const capabilityKeys = [
  'worksheet.uv.col.capability',
  'worksheet.uv.col.ours',
  'worksheet.uv.col.competitor',
  'worksheet.uv.col.ourView',
  'worksheet.uv.col.clientView',
  'worksheet.uv.col.businessValue',
  'worksheet.uv.ourView.stronger',
  'worksheet.uv.ourView.same',
  'worksheet.uv.ourView.weaker',
  'worksheet.uv.clientView.values',
  'worksheet.uv.clientView.indifferent',
  'worksheet.uv.clientView.unknown',
  'worksheet.uv.row',
  'worksheet.uv.deleteRow',
  'worksheet.uv.flag.stronger-not-valued',
  'worksheet.uv.flag.stronger-unknown',
  'worksheet.uv.flag.no-business-value',
  'worksheet.choose',
  'worksheet.delete',
] as const satisfies readonly UIKey[];

const ourViews = ['stronger', 'same', 'weaker'] as const;
const clientViews = ['values', 'indifferent', 'unknown'] as const;

interface Props {
  row: CapabilityRow;
  index: number;
  onChange: (patch: Partial<Omit<CapabilityRow, 'id'>>) => void;
  onDelete: () => void;
  t: Strings<typeof capabilityKeys>;
}

export function CapabilityCard({ row, index, onChange, onDelete, t }: Props) {
  const base = `cap-${row.id}`;
  const title = format(t['worksheet.uv.row'], { n: index + 1 });
  const flags = capabilityFlags(row);
  const text = (key: 'capability' | 'ours' | 'competitor' | 'businessValue', rows = 2) => (
    <TextField
      id={`${base}-${key}`}
      label={t[`worksheet.uv.col.${key}`]}
      labelSuffix={title}
      rows={rows}
      maxLength={key === 'capability' ? 2000 : MAX_TEXT}
      value={row[key]}
      onChange={(v) => onChange({ [key]: v })}
    />
  );
  return (
    <li className="ws-row" data-testid={`capability-${row.id}`} aria-labelledby={`${base}-title`}>
      <div className="ws-row-head">
        <h3 id={`${base}-title`}>
          {title}
          {row.capability.trim() && <span className="muted">: {row.capability.trim().slice(0, 80)}</span>}
        </h3>
        <button
          type="button"
          className="danger"
          aria-label={format(t['worksheet.uv.deleteRow'], { n: index + 1 })}
          onClick={onDelete}
        >
          {t['worksheet.delete']}
        </button>
      </div>
      {flags.length > 0 && (
        <ul className="ws-flags ws-plain-list ws-derived" data-testid="capability-flags">
          {flags.map((f) => (
            <li key={f} className="ws-flag" data-flag={f}>
              <Icon name="warning" />
              {t[`worksheet.uv.flag.${f}`]}
            </li>
          ))}
        </ul>
      )}
      <div className="ws-row-grid">
        <div className="ws-wide">{text('capability')}</div>
        {text('ours', 3)}
        {text('competitor', 3)}
        <SelectField
          id={`${base}-ourView`}
          label={t['worksheet.uv.col.ourView']}
          labelSuffix={title}
          value={row.ourView}
          none={t['worksheet.choose']}
          options={ourViews.map((v) => ({ value: v, label: t[`worksheet.uv.ourView.${v}`] }))}
          onChange={(ourView) => onChange({ ourView })}
        />
        <SelectField
          id={`${base}-clientView`}
          label={t['worksheet.uv.col.clientView']}
          labelSuffix={title}
          value={row.clientView}
          none={t['worksheet.choose']}
          options={clientViews.map((v) => ({ value: v, label: t[`worksheet.uv.clientView.${v}`] }))}
          onChange={(clientView) => onChange({ clientView })}
        />
        <div className="ws-wide">{text('businessValue')}</div>
      </div>
    </li>
  );
}
