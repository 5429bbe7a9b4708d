/**
 * The top of the account plan: which client account it is kept for (the clients named by the
 * opportunities, and any that already has a plan), and a way to open another client's plan.
 * With none yet, the select is disabled and says that the first thing typed makes one.
 */
import { useState } from 'react';
import type { UIKey } from '../../i18n';
import { PrintCopy } from './fields';
import type { Strings } from './strings';
import type { ClientChoice } from './use-client-choice';

export const clientPickerKeys = [
  'worksheet.client.legend',
  'worksheet.client.select',
  'worksheet.client.none',
  'worksheet.client.newName',
  'worksheet.client.add',
  'worksheet.client.fromOpportunities',
] as const satisfies readonly UIKey[];

interface Props {
  account: ClientChoice;
  t: Strings<typeof clientPickerKeys>;
}

export function ClientPicker({ account, t }: Props) {
  const [name, setName] = useState('');
  const empty = account.options.length === 0;
  const add = () => {
    if (!name.trim()) return;
    account.add(name);
    setName('');
  };
  return (
    <fieldset className="ws-opps" data-testid="client-picker">
      <legend>{t['worksheet.client.legend']}</legend>
      <p className="ws-help no-print">{t['worksheet.client.fromOpportunities']}</p>
      <div className="ws-opps-grid">
        <div className="ws-field no-print">
          <label htmlFor="client-select">{t['worksheet.client.select']}</label>
          <select
            id="client-select"
            value={account.chosen ?? ''}
            disabled={empty}
            onChange={(e) => account.choose(e.currentTarget.value)}
          >
            {empty && <option value="">{t['worksheet.client.none']}</option>}
            {account.options.map((o) => (
              <option key={o.planId} value={o.name}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <PrintCopy text={account.chosen ?? ''} />
        <div className="ws-opps-actions no-print">
          <div className="ws-field">
            <label htmlFor="client-new">{t['worksheet.client.newName']}</label>
            <input
              id="client-new"
              type="text"
              maxLength={200}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') add();
              }}
            />
          </div>
          <button type="button" className="secondary" onClick={add}>
            {t['worksheet.client.add']}
          </button>
        </div>
      </div>
    </fieldset>
  );
}
