/**
 * Island: one knowledge check (a stage's pool, or the final assessment's draw). The server
 * and the first client render show the neutral start: a stage check's questions in the
 * start layout, or the final assessment's start button. Each attempt has a seed that fixes
 * its draw and shuffles until "Try again".
 */
import { useEffect, useMemo, useRef, useState, type SubmitEvent } from 'react';
import {
  countUnanswered,
  drawFinal,
  PASS_MARK,
  scoreQuiz,
  type Answer,
  type Answers,
  type QuizQuestion,
  type QuizResult as Result,
  type StagePool,
} from '../../lib/quiz';
import { attemptLayout, START_SEED, withAnswer } from '../../lib/quiz-answers';
import type { CheckRecord } from '../../lib/records';
import { $checks, recordCheckAttempt } from '../../stores/learner';
import { useHydrated } from '../use-hydrated';
import { recordMissedQuestions } from '../../stores/review';
import { NO_RECORDS, useStored } from '../use-stored';
import { CheckStatusView } from './CheckStatus';
import QuestionCard from './QuestionCard';
import QuizResult from './QuizResult';
import { format } from '../../i18n/format';
import { type QuizStrings } from './strings';
import './checks.css';

interface Props {
  /** Stage slug, or `final`. */
  checkId: string;
  contentHash: string;
  /** A stage check: its questions. The final assessment: every question it can draw from. */
  questions: QuizQuestion[];
  /**
   * Only for the final assessment: the pools to draw from, a stage label per question id, and
   * where its question bank is (fetched on start, so the page does not carry the whole bank).
   */
  final?: { pools: StagePool[]; labels: Record<string, string>; questionsUrl?: string };
  strings: QuizStrings;
}

interface Attempt {
  seed: string;
  ids: readonly string[];
}

/** A fresh attempt seed; called from event handlers only, never while rendering. */
const newSeed = () => Math.floor(Math.random() * 2 ** 32).toString(36);

export default function Quiz({ checkId, contentHash, questions, final, strings: s }: Props) {
  const records = useStored($checks, NO_RECORDS as Record<string, CheckRecord>);
  const record = records[checkId];
  const hydrated = useHydrated();
  const [attempt, setAttempt] = useState<Attempt | null>(() =>
    final ? null : { seed: START_SEED, ids: questions.map((q) => q.id) },
  );
  const [answers, setAnswers] = useState<Answers>({});
  const [result, setResult] = useState<Result | null>(null);
  const [bank, setBank] = useState<QuizQuestion[] | null>(null);
  const [bankState, setBankState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const focusNext = useRef<'result' | 'first' | null>(null);
  const resultRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (focusNext.current === 'result') resultRef.current?.focus();
    if (focusNext.current === 'first') listRef.current?.querySelector<HTMLElement>('input, select, button')?.focus();
    focusNext.current = null;
  });

  const pool = bank ?? questions;
  const byId = useMemo(() => new Map(pool.map((q) => [q.id, q])), [pool]);
  const current = useMemo(() => (attempt ? attempt.ids.flatMap((id) => byId.get(id) ?? []) : []), [attempt, byId]);
  const layout = useMemo(() => (attempt ? attemptLayout(current, attempt.seed) : {}), [attempt, current]);
  const results = useMemo(() => new Map(result?.questions.map((r) => [r.id, r])), [result]);

  const start = () => {
    const seed = newSeed();
    setAttempt({ seed, ids: final ? drawFinal(final.pools, seed) : questions.map((q) => q.id) });
    setAnswers({});
    setResult(null);
    focusNext.current = 'first';
  };
  const questionsUrl = final?.questionsUrl;
  // The bank is fetched once the island starts (it hydrates when idle), so "Start" is instant.
  const loadBank = (thenStart: boolean) => {
    if (!questionsUrl) return;
    setBankState('loading');
    fetch(questionsUrl)
      .then((response) =>
        response.ok ? (response.json() as Promise<QuizQuestion[]>) : Promise.reject(new Error(String(response.status))),
      )
      .then((loaded) => {
        setBank(loaded);
        setBankState('idle');
        if (thenStart) start();
      })
      .catch(() => setBankState('failed'));
  };
  // eslint-disable-next-line react-hooks/set-state-in-effect, react-hooks/exhaustive-deps -- the question bank is fetched once per URL after hydration; loadBank is recreated each render
  useEffect(() => loadBank(false), [questionsUrl]);
  const begin = () => (questionsUrl && !bank ? loadBank(true) : start());
  const answer = (questionId: string, next: Answer) => {
    if (!result) setAnswers((prev) => withAnswer(prev, questionId, next));
  };
  const check = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (result || current.length === 0) return;
    const scored = scoreQuiz(current, answers);
    recordCheckAttempt(checkId, contentHash, scored.percent, PASS_MARK);
    // Questions not fully right go to the review deck (/review/).
    recordMissedQuestions(scored.questions.filter((q) => q.verdict !== 'right').map((q) => q.id));
    setResult(scored);
    focusNext.current = 'result';
  };

  const status = <CheckStatusView checkId={checkId} record={record} contentHash={contentHash} strings={s} />;
  if (!attempt) {
    return (
      <div className="quiz quiz-start">
        {status}
        <button type="button" onClick={begin} disabled={!hydrated || bankState === 'loading'}>
          {s['checks.start']}
        </button>
        {bankState === 'failed' && (
          <p className="notice warn" role="alert">
            {s['checks.loadFailed']}
          </p>
        )}
      </div>
    );
  }

  const unanswered = countUnanswered(current, answers);
  return (
    <form className="quiz" onSubmit={check} noValidate data-testid="quiz" data-seed={attempt.seed}>
      {!result && status}
      {result && (
        <QuizResult
          ref={resultRef}
          checkId={checkId}
          result={result}
          record={record}
          contentHash={contentHash}
          onRetry={begin}
          retryLabel={final ? s['checks.tryAgainFinal'] : s['checks.tryAgain']}
          strings={s}
        />
      )}
      <ol className="questions" ref={listRef}>
        {current.map((q, index) => (
          <QuestionCard
            key={`${attempt.seed}:${q.id}`}
            question={q}
            number={index + 1}
            total={current.length}
            stageLabel={final?.labels[q.id]}
            layout={layout[q.id] ?? []}
            answer={answers[q.id]}
            onAnswer={answer}
            result={results.get(q.id)}
            strings={s}
          />
        ))}
      </ol>
      {!result && (
        <div className="quiz-submit no-print">
          <p className={unanswered > 0 ? 'notice warn' : 'notice'} data-testid="unanswered">
            {unanswered > 0
              ? format(s['checks.unanswered'], { count: unanswered, total: current.length })
              : format(s['checks.allAnswered'], { total: current.length })}
          </p>
          <button type="submit" disabled={!hydrated}>
            {s['checks.check']}
          </button>
        </div>
      )}
    </form>
  );
}
