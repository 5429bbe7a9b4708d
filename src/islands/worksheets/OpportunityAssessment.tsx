/**
 * The opportunity plan's assessment, filled per opportunity (the one chosen at the top): its
 * stage and its Yes / No / ? answers on the four key questions; a live summary, stage
 * warnings, questions for the next call and risks. Decisions come from `lib/assessment`;
 * storage from the stores (answers in the sheet, the stage on the opportunity itself).
 */
import { useMemo } from 'react';
import { format } from '../../i18n/format';
import type { UIKey } from '../../i18n';
import { firedWarnings, followUps, summarize } from '../../lib/assessment';
import { assessmentCompletion } from '../../lib/worksheet-completion';
import { assessmentAnswers, clampStage, DEFAULT_STAGE, setAnswer, setNote } from '../../lib/worksheet-opportunities';
import { updateOpportunity } from '../../stores/opportunities';
import { AssessmentBlankTally, blankTallyKeys } from './AssessmentBlankTally';
import { AssessmentFollowUps, followUpKeys, StageWarnings, warningKeys } from './AssessmentFollowUps';
import { AssessmentRule, AssessmentSummary, ruleKeys, summaryKeys } from './AssessmentSummary';
import type { QuestionContent, StageOption, WarningContent } from './assessment-types';
import { PrintChoices } from '../PrintChoices';
import { KeyQuestion, keyQuestionKeys } from './KeyQuestion';
import { frameKeys, type Strings } from './strings';
import { useWorksheet } from './use-worksheet';
import { WorksheetFrame } from './WorksheetFrame';

export const assessmentKeys = [
  ...frameKeys,
  ...keyQuestionKeys,
  ...summaryKeys,
  ...ruleKeys,
  ...warningKeys,
  ...followUpKeys,
  ...blankTallyKeys,
  'worksheet.rule.opportunity-assessment',
  'worksheet.assess.stage',
  'worksheet.assess.stageOption',
  'worksheet.assess.toVerdict',
] as const satisfies readonly UIKey[];

interface Props {
  sheetId: string;
  contentHash: string;
  lang: string;
  questions: QuestionContent[];
  warnings: WarningContent[];
  stages: StageOption[];
  t: Strings<typeof assessmentKeys>;
}

export default function OpportunityAssessment({ sheetId, contentHash, lang, questions, warnings, stages, t }: Props) {
  const isComplete = useMemo(
    () => assessmentCompletion(questions.flatMap((q) => q.criteria.map((c) => c.id))),
    [questions],
  );
  const { record, recordId, body, save, reset, changed, deal, ensureOpportunity } = useWorksheet(
    sheetId,
    contentHash,
    isComplete,
  );
  const questionTitles = useMemo(() => Object.fromEntries(questions.map((q) => [q.id, q.title])), [questions]);
  const criterionTexts = useMemo(
    () => Object.fromEntries(questions.flatMap((q) => q.criteria.map((c) => [c.id, c.text]))),
    [questions],
  );

  const answers = assessmentAnswers(body);
  const stage = deal?.opportunity?.stage ?? DEFAULT_STAGE;
  const summary = summarize(questions, answers);
  const fired = firedWarnings(warnings, answers, stage);
  const stageLabel = (n: number) =>
    format(t['worksheet.assess.stageOption'], { n, title: stages.find((s) => s.n === n)?.title ?? '' });
  // The stage belongs to the opportunity (with none yet, choosing one makes it).
  const onStage = (n: number) => {
    const id = ensureOpportunity();
    if (id) updateOpportunity(id, (o) => ({ ...o, stage: clampStage(n) }));
  };

  return (
    <WorksheetFrame
      lang={lang}
      sheetId={recordId}
      record={record}
      changed={changed}
      rule={t['worksheet.rule.opportunity-assessment']}
      onReset={reset}
      deal={deal}
      t={t}
    >
      <p className="no-print ws-jump">
        <a href="#assess-summary">{t['worksheet.assess.toVerdict']}</a>
      </p>
      <div className="ws-field ws-stage">
        <label htmlFor="opp-stage">{t['worksheet.assess.stage']}</label>
        <select id="opp-stage" value={stage} onChange={(e) => onStage(Number(e.currentTarget.value))}>
          {stages.map((s) => (
            <option key={s.n} value={s.n}>
              {stageLabel(s.n)}
            </option>
          ))}
        </select>
        <PrintChoices
          options={stages.map((s) => ({ value: String(s.n), label: stageLabel(s.n) }))}
          selected={String(stage)}
          testId="print-stages"
        />
      </div>
      <StageWarnings stage={stage} warnings={fired} t={t} />
      <div className="ws-assess-layout">
        <div className="ws-assess-questions">
          {questions.map((q, i) => (
            <KeyQuestion
              key={q.id}
              index={i}
              question={q}
              summary={summary.questions[i]!}
              scope={deal?.chosen ?? 'opportunity'}
              answers={answers}
              onAnswer={(c, a) => save((b) => setAnswer(b, c, a))}
              onNote={(c, note) => save((b) => setNote(b, c, note))}
              t={t}
            />
          ))}
        </div>
        <AssessmentSummary summary={summary} questionTitles={questionTitles} criterionTexts={criterionTexts} t={t} />
      </div>
      <AssessmentBlankTally questions={questions} locale={lang} t={t} />
      <AssessmentFollowUps
        followUps={followUps(questions, answers)}
        total={summary.total}
        criterionTexts={criterionTexts}
        t={t}
      />
      <AssessmentRule t={t} />
    </WorksheetFrame>
  );
}
