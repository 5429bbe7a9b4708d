/**
 * The top of every deal sheet: which opportunity this sheet is filled for, a way to add one,
 * and a link to the opportunity's own page. With none yet, the select is disabled and says
 * that the first thing typed makes one (a placeholder, not a name typed for the learner).
 */
import { useState } from 'react';
import { format } from '../../i18n/format';
import type { UIKey } from '../../i18n';
import { PrintCopy } from './fields';
import type { Strings } from './strings';
import type { DealChoice } from './use-worksheet';

export const pickerKeys = [
  'worksheet.opp.legend',
  'worksheet.opp.select',
  'worksheet.opp.none',
  'worksheet.opp.newName',
  'worksheet.opp.add',
  'worksheet.opp.open',
  'worksheet.opp.unnamed',
] as const satisfies readonly UIKey[];

interface Props {
  deal: DealChoice;
  /** Link to the opportunities page (`?id=` is added). */
  opportunitiesHref: string;
  t: Strings<typeof pickerKeys>;
}

export function OpportunityPicker({ deal, opportunitiesHref, t }: Props) {
  const [name, setName] = useState('');
  const empty = deal.options.length === 0;
  const add = () => {
    deal.add(name.trim());
    setName('');
  };
  const chosenName = deal.opportunity?.name || t['worksheet.opp.unnamed'];
  return (
    <fieldset className="ws-opps" data-testid="opportunity-picker">
      <legend>{t['worksheet.opp.legend']}</legend>
      <div className="ws-opps-grid">
        <div className="ws-field no-print">
          <label htmlFor="opp-select">{t['worksheet.opp.select']}</label>
          <select
            id="opp-select"
            value={deal.chosen ?? ''}
            disabled={empty}
            onChange={(e) => deal.choose(e.currentTarget.value)}
          >
            {empty && <option value="">{t['worksheet.opp.none']}</option>}
            {deal.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name || t['worksheet.opp.unnamed']}
              </option>
            ))}
          </select>
        </div>
        <PrintCopy text={deal.opportunity ? chosenName : ''} />
        <div className="ws-field no-print">
          <label htmlFor="opp-new">{t['worksheet.opp.newName']}</label>
          <input
            id="opp-new"
            type="text"
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') add();
            }}
          />
        </div>
        <div className="ws-opps-actions no-print">
          <button type="button" className="secondary" onClick={add}>
            {t['worksheet.opp.add']}
          </button>
          {deal.chosen && (
            <a href={`${opportunitiesHref}?id=${deal.chosen}`}>
              {format(t['worksheet.opp.open'], { name: chosenName })}
            </a>
          )}
        </div>
      </div>
    </fieldset>
  );
}
