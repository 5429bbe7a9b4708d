/** Choose, add, rename and delete the named opportunities, and set the active one's stage. */
import { useState } from 'react';
import { format } from '../../i18n/format';
import type { UIKey } from '../../i18n';
import type { AssessmentOpportunity } from '../../lib/records';
import { MAX_NAME, MAX_OPPORTUNITIES } from '../../lib/worksheet-opportunities';
import { PrintCopy } from './fields';
import type { StageOption } from './assessment-types';
import type { Strings } from './strings';

export const opportunityBarKeys = [
  'worksheet.assess.opportunities', 'worksheet.assess.select', 'worksheet.assess.name', 'worksheet.assess.newName', 'worksheet.assess.add',
  'worksheet.assess.defaultName', 'worksheet.assess.delete', 'worksheet.assess.deleteConfirm', 'worksheet.assess.limit',
  'worksheet.assess.stage', 'worksheet.assess.stageOption',
] as const satisfies readonly UIKey[];

interface Props {
  opportunities: readonly AssessmentOpportunity[];
  active: AssessmentOpportunity | null;
  /** The stage shown when there is no opportunity yet. */
  stage: number;
  stages: readonly StageOption[];
  onAdd: (name: string) => void;
  onSwitch: (id: string) => void;
  onRename: (name: string) => void;
  onDelete: () => void;
  onStage: (stage: number) => void;
  t: Strings<typeof opportunityBarKeys>;
}

export function OpportunityBar({ opportunities, active, stage, stages, onAdd, onSwitch, onRename, onDelete, onStage, t }: Props) {
  const [newName, setNewName] = useState('');
  const full = opportunities.length >= MAX_OPPORTUNITIES;
  const firstName = format(t['worksheet.assess.defaultName'], { n: 1 });
  const stageLabel = (n: number) => format(t['worksheet.assess.stageOption'], { n, title: stages.find((s) => s.n === n)?.title ?? '' });
  const add = () => {
    onAdd(newName.trim() || format(t['worksheet.assess.defaultName'], { n: opportunities.length + 1 }));
    setNewName('');
  };
  const remove = () => {
    if (active && window.confirm(format(t['worksheet.assess.deleteConfirm'], { name: active.name || firstName }))) onDelete();
  };

  return (
    <fieldset className="ws-opps">
      <legend>{t['worksheet.assess.opportunities']}</legend>
      <div className="ws-opps-grid">
        <div className="ws-field no-print">
          <label htmlFor="opp-select">{t['worksheet.assess.select']}</label>
          <select id="opp-select" value={active?.id ?? ''} onChange={(e) => onSwitch(e.currentTarget.value)} disabled={opportunities.length === 0}>
            {opportunities.length === 0 && <option value="">{firstName}</option>}
            {opportunities.map((o) => (
              <option key={o.id} value={o.id}>{o.name || firstName}</option>
            ))}
          </select>
        </div>
        <div className="ws-field">
          <label htmlFor="opp-name">{t['worksheet.assess.name']}</label>
          <input id="opp-name" type="text" maxLength={MAX_NAME} value={active?.name ?? ''} placeholder={firstName} onChange={(e) => onRename(e.currentTarget.value)} />
          <PrintCopy text={active?.name ?? ''} />
        </div>
        <div className="ws-field">
          <label htmlFor="opp-stage">{t['worksheet.assess.stage']}</label>
          <select id="opp-stage" value={active?.stage ?? stage} onChange={(e) => onStage(Number(e.currentTarget.value))}>
            {stages.map((s) => (
              <option key={s.n} value={s.n}>{stageLabel(s.n)}</option>
            ))}
          </select>
          <PrintCopy text={stageLabel(active?.stage ?? stage)} />
        </div>
      </div>
      <div className="ws-opps-actions no-print">
        <div className="ws-field">
          <label htmlFor="opp-new">{t['worksheet.assess.newName']}</label>
          <input id="opp-new" type="text" maxLength={MAX_NAME} value={newName} onChange={(e) => setNewName(e.currentTarget.value)} onKeyDown={(e) => { if (e.key === 'Enter' && !full) add(); }} />
        </div>
        <button type="button" className="secondary" onClick={add} disabled={full}>{t['worksheet.assess.add']}</button>
        <button type="button" className="danger" onClick={remove} disabled={!active}>{t['worksheet.assess.delete']}</button>
      </div>
      {full && <p className="notice">{format(t['worksheet.assess.limit'], { n: MAX_OPPORTUNITIES })}</p>}
    </fieldset>
  );
}
