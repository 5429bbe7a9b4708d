/**
 * The account plan of one client account (chosen at the top): its five parts as a guided form, and the client initiatives map edited as
 * a list and drawn as a tree with its gaps and overlaps (`lib/initiatives-map`).
 */
import { useMemo } from 'react';
import { format } from '../../i18n/format';
import type { UIKey } from '../../i18n';
import { buildInitiativesMap, type NodeKind } from '../../lib/initiatives-map';
import { fieldText, setField } from '../../lib/worksheet-body';
import { accountPlanCompletion } from '../../lib/worksheet-completion';
import { BlankTable } from './BlankTable';
import { clientPickerKeys } from './ClientPicker';
import { TextField } from './fields';
import { diagramKeys, InitiativesDiagram } from './InitiativesDiagram';
import { editorKeys, InitiativesEditor } from './InitiativesEditor';
import { frameKeys, type Strings } from './strings';
import { useWorksheet } from './use-worksheet';
import { WorksheetFrame } from './WorksheetFrame';

export const accountPlanKeys = [
  ...frameKeys,
  ...editorKeys,
  ...diagramKeys,
  ...clientPickerKeys,
  'worksheet.rule.account-plan',
  'worksheet.plan.part',
] as const satisfies readonly UIKey[];

interface Part {
  id: string;
  title: string;
  guidance: string;
  fields: { id: string; label: string; hint: string; multiline: boolean }[];
}
interface Props {
  sheetId: string;
  contentHash: string;
  lang: string;
  parts: Part[];
  map: { title: string; guidance: string; goalHint: string; initiativeHint: string; projectHint: string };
  t: Strings<typeof accountPlanKeys>;
}

export default function AccountPlan({ sheetId, contentHash, lang, parts, map, t }: Props) {
  const isComplete = useMemo(() => accountPlanCompletion(parts), [parts]);
  const { record, recordId, body, save, reset, changed, deal, account } = useWorksheet(
    sheetId,
    contentHash,
    isComplete,
  );
  const nodes = body.initiatives ?? [];
  const built = buildInitiativesMap(nodes);
  const hints: Record<NodeKind, string> = {
    goal: map.goalHint,
    initiative: map.initiativeHint,
    project: map.projectHint,
  };

  return (
    <WorksheetFrame
      lang={lang}
      sheetId={recordId}
      record={record}
      deal={deal}
      account={account}
      changed={changed}
      rule={t['worksheet.rule.account-plan']}
      onReset={reset}
      t={t}
    >
      {parts.map((part, i) => (
        <section
          key={part.id}
          className="ws-section"
          aria-labelledby={`part-${part.id}`}
          data-testid={`part-${part.id}`}
        >
          <h2 id={`part-${part.id}`}>
            <span className="ws-kicker">{format(t['worksheet.plan.part'], { n: i + 1 })}</span> {part.title}
          </h2>
          <p className="ws-help">{part.guidance}</p>
          {part.fields.map((f) => (
            <TextField
              key={f.id}
              id={`plan-${f.id}`}
              label={f.label}
              hint={f.hint}
              multiline={f.multiline}
              value={fieldText(body, f.id)}
              onChange={(v) => save((b) => setField(b, f.id, v))}
            />
          ))}
        </section>
      ))}
      <section className="ws-section" aria-labelledby="imap-title" data-testid="initiatives-map">
        <h2 id="imap-title">{map.title}</h2>
        <p className="ws-help">{map.guidance}</p>
        <InitiativesEditor
          nodes={nodes}
          hints={hints}
          onChange={(update) => save((b) => ({ ...b, initiatives: update(b.initiatives ?? []) }))}
          t={t}
        />
        <InitiativesDiagram map={built} nodes={nodes} t={t} />
        <BlankTable
          columns={[
            t['worksheet.plan.kind.goal'],
            t['worksheet.plan.kind.initiative'],
            t['worksheet.plan.kind.project'],
          ]}
          rows={8}
        />
      </section>
    </WorksheetFrame>
  );
}
