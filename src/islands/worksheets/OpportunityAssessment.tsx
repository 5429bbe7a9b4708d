/**
 * The opportunity plan's assessment: several named opportunities, each with its stage and its
 * Yes / No / ? answers on the four key questions; a live summary, stage warnings, questions
 * for the next call and risks. Decisions come from `lib/assessment`; storage from the store.
 */
import { useCallback, useMemo, useRef } from 'react';
import { format } from '../../i18n/format';
import type { UIKey } from '../../i18n';
import { firedWarnings, followUps, summarize } from '../../lib/assessment';
import { assessmentCompletion } from '../../lib/worksheet-completion';
import {
  activeOpportunity, addOpportunity, deleteOpportunity, DEFAULT_STAGE, opportunityList, renameOpportunity, setAnswer, setNote, setStage, switchOpportunity, updateActive,
} from '../../lib/worksheet-opportunities';
import { AssessmentFollowUps, followUpKeys, StageWarnings, warningKeys } from './AssessmentFollowUps';
import { AssessmentRule, AssessmentSummary, ruleKeys, summaryKeys } from './AssessmentSummary';
import type { QuestionContent, StageOption, WarningContent } from './assessment-types';
import { KeyQuestion, keyQuestionKeys } from './KeyQuestion';
import { OpportunityBar, opportunityBarKeys } from './OpportunityBar';
import { frameKeys, type Strings } from './strings';
import { useWorksheet } from './use-worksheet';
import { WorksheetFrame } from './WorksheetFrame';

export const assessmentKeys = [
  ...frameKeys, ...keyQuestionKeys, ...summaryKeys, ...ruleKeys, ...opportunityBarKeys, ...warningKeys, ...followUpKeys, 'worksheet.rule.opportunity-assessment',
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
  const isComplete = useMemo(() => assessmentCompletion(questions.flatMap((q) => q.criteria.map((c) => c.id))), [questions]);
  const { record, body, save, reset, changed } = useWorksheet(sheetId, contentHash, isComplete);
  const questionTitles = useMemo(() => Object.fromEntries(questions.map((q) => [q.id, q.title])), [questions]);
  const criterionTexts = useMemo(() => Object.fromEntries(questions.flatMap((q) => q.criteria.map((c) => [c.id, c.text]))), [questions]);

  const list = opportunityList(body);
  const active = activeOpportunity(body);
  const answers = active?.answers ?? {};
  const stage = active?.stage ?? DEFAULT_STAGE;
  const summary = summarize(questions, answers);
  const fired = firedWarnings(warnings, answers, stage);
  const defaultName = format(t['worksheet.assess.defaultName'], { n: 1 });
  const onActive = (change: Parameters<typeof updateActive>[2]) => save((b) => updateActive(b, defaultName, change));
  // Stable handlers, so a key typed in one question does not re-render the others.
  const latestOnActive = useRef(onActive);
  latestOnActive.current = onActive;
  const onAnswer = useCallback((c: string, a: Parameters<typeof setAnswer>[2]) => latestOnActive.current((o) => setAnswer(o, c, a)), []);
  const onNote = useCallback((c: string, note: string) => latestOnActive.current((o) => setNote(o, c, note)), []);

  return (
    <WorksheetFrame lang={lang} sheetId={sheetId} record={record} changed={changed} rule={t['worksheet.rule.opportunity-assessment']} onReset={reset} t={t}>
      <OpportunityBar
        opportunities={list}
        active={active}
        stage={stage}
        stages={stages}
        onAdd={(name) => save((b) => addOpportunity(b, name))}
        onSwitch={(id) => save((b) => switchOpportunity(b, id))}
        onRename={(name) => (active ? save((b) => renameOpportunity(b, active.id, name)) : onActive((o) => ({ ...o, name })))}
        onDelete={() => active && save((b) => deleteOpportunity(b, active.id))}
        onStage={(n) => onActive((o) => setStage(o, n))}
        t={t}
      />
      <StageWarnings stage={stage} warnings={fired} t={t} />
      <div className="ws-assess-layout">
        <div className="ws-assess-questions">
          {questions.map((q, i) => (
            <KeyQuestion
              key={q.id}
              index={i}
              question={q}
              summary={summary.questions[i]!}
              scope={active?.id ?? 'opportunity-1'}
              answers={answers}
              onAnswer={onAnswer}
              onNote={onNote}
              t={t}
            />
          ))}
        </div>
        <AssessmentSummary summary={summary} questionTitles={questionTitles} criterionTexts={criterionTexts} t={t} />
      </div>
      <AssessmentFollowUps followUps={followUps(questions, answers)} total={summary.total} criterionTexts={criterionTexts} t={t} />
      <AssessmentRule t={t} />
    </WorksheetFrame>
  );
}
