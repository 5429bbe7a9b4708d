/**
 * The CRA call planner: the four CRA questions, the value-dialogue prompts with the client's
 * answers, the client's name, and a draft value proposition composed as the learner types.
 */
import { useMemo } from 'react';
import type { UIKey } from '../../i18n';
import { composeProposition } from '../../lib/proposition';
import { fieldText, setField } from '../../lib/worksheet-body';
import { craCompletion } from '../../lib/worksheet-completion';
import { TextField } from './fields';
import { PropositionDraft, propositionKeys } from './PropositionDraft';
import { frameKeys, type Strings } from './strings';
import { useWorksheet } from './use-worksheet';
import { WorksheetFrame } from './WorksheetFrame';

export const craKeys = [
  ...frameKeys,
  ...propositionKeys,
  'worksheet.rule.cra-planner',
  'worksheet.cra.questions',
  'worksheet.cra.client',
  'worksheet.cra.clientHint',
  'worksheet.cra.prompts',
  'worksheet.cra.promptsLead',
  'worksheet.cra.promptAnswer',
] as const satisfies readonly UIKey[];

/** The field id of the client's name (the `{client}` placeholder). */
export const CLIENT_FIELD = 'client';

interface Props {
  sheetId: string;
  contentHash: string;
  lang: string;
  questions: { id: string; label: string; hint: string; multiline: boolean }[];
  prompts: { id: string; text: string }[];
  template: string;
  /** Words shown in a gap, by placeholder. */
  gapLabels: Record<string, string>;
  t: Strings<typeof craKeys>;
}

export default function CraPlanner({ sheetId, contentHash, lang, questions, prompts, template, gapLabels, t }: Props) {
  const isComplete = useMemo(() => craCompletion(questions.map((q) => q.id)), [questions]);
  const { record, recordId, body, save, reset, changed, deal } = useWorksheet(sheetId, contentHash, isComplete);
  const set = (id: string) => (value: string) => save((b) => setField(b, id, value));
  const proposition = composeProposition(template, body.fields ?? {}, gapLabels);
  const blank = useMemo(() => composeProposition(template, {}, gapLabels), [template, gapLabels]);

  return (
    <WorksheetFrame
      lang={lang}
      sheetId={recordId}
      record={record}
      deal={deal}
      changed={changed}
      rule={t['worksheet.rule.cra-planner']}
      onReset={reset}
      t={t}
    >
      <TextField
        id="cra-client"
        label={t['worksheet.cra.client']}
        hint={t['worksheet.cra.clientHint']}
        multiline={false}
        maxLength={200}
        value={fieldText(body, CLIENT_FIELD)}
        onChange={set(CLIENT_FIELD)}
      />
      <section className="ws-section" aria-labelledby="cra-questions">
        <h2 id="cra-questions">{t['worksheet.cra.questions']}</h2>
        {questions.map((q) => (
          <TextField
            key={q.id}
            id={`cra-${q.id}`}
            label={q.label}
            hint={q.hint}
            multiline={q.multiline}
            rows={3}
            value={fieldText(body, q.id)}
            onChange={set(q.id)}
          />
        ))}
      </section>
      <PropositionDraft proposition={proposition} blank={blank} gapLabels={gapLabels} t={t} />
      <section className="ws-section" aria-labelledby="cra-prompts">
        <h2 id="cra-prompts">{t['worksheet.cra.prompts']}</h2>
        <p className="muted">{t['worksheet.cra.promptsLead']}</p>
        {prompts.map((p) => (
          <TextField
            key={p.id}
            id={`cra-prompt-${p.id}`}
            label={p.text}
            hint={t['worksheet.cra.promptAnswer']}
            rows={2}
            value={fieldText(body, p.id)}
            onChange={set(p.id)}
          />
        ))}
      </section>
    </WorksheetFrame>
  );
}
