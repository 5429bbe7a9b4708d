/**
 * Island: *Outcome reached?* The scene is server-rendered above; here the learner decides
 * whether the stage's verifiable outcome is reached and ticks the evidence still missing.
 */
import { useState } from 'react';
import { format } from '../../i18n/format';
import { EMPTY_ANSWER, outcomeComplete, scoreOutcome, VERDICT_KEY } from '../../lib/practice-scoring';
import { Verdict } from './ResultPanel';
import { PracticeBar } from './PracticeBar';
import type { PracticeStrings } from './strings';
import { usePractice } from './use-practice';
import './practice.css';

export interface OutcomeEvidence {
  id: string;
  text: string;
  missing: boolean;
  why: string;
}
interface Props {
  exerciseId: string;
  contentHash: string;
  locale: string;
  stageNumber: number;
  outcome: string;
  evidence: OutcomeEvidence[];
  reached: boolean;
  verdictWhy: string;
  lesson: string;
  t: PracticeStrings;
}

export default function OutcomeReached({
  exerciseId,
  contentHash,
  locale,
  stageNumber,
  outcome,
  evidence,
  reached,
  verdictWhy,
  lesson,
  t,
}: Props) {
  const { record, changed, answer, checked, resultRef, save, submit } = usePractice(exerciseId, contentHash);
  const [warning, setWarning] = useState('');
  const result = scoreOutcome({ reached, evidence }, answer);
  const verdict = answer.choices[VERDICT_KEY];
  const flagged = new Set(answer.flags);

  const setVerdict = (value: 'reached' | 'not-yet') =>
    save({ ...answer, choices: { ...answer.choices, [VERDICT_KEY]: value } });
  const toggle = (id: string, on: boolean) =>
    save({ ...answer, flags: evidence.map((e) => e.id).filter((e) => (e === id ? on : flagged.has(e))) });
  const check = () => {
    if (!outcomeComplete(answer)) return setWarning(format(t['practice.unanswered'], { n: 1 }, locale));
    setWarning('');
    submit(answer, result.percent);
  };
  const retry = () => save(EMPTY_ANSWER);

  const toReview = [
    ...(result.verdictRight ? [] : [{ href: `#${exerciseId}-verdict`, label: t['practice.outcome.verdictLegend'] }]),
    ...evidence
      .filter((e) => !result.items.find((i) => i.id === e.id)?.right)
      .map((e) => ({ href: `#${exerciseId}-ev-${e.id}`, label: e.text })),
  ];
  const base = exerciseId;

  return (
    <div className="practice">
      {changed && <p className="notice warn">{t['practice.changed']}</p>}
      <fieldset className="card" id={`${base}-verdict`} disabled={checked}>
        <legend>{format(t['practice.outcome.verdictLegend'], { n: stageNumber })}</legend>
        <p className="hint">
          <strong>
            {t['practice.outcome.theOutcome']}
            {t['punct.colon']}
          </strong>
          {outcome}
        </p>
        <div className="options">
          {(['reached', 'not-yet'] as const).map((value) => (
            <label key={value} className="option">
              <input
                type="radio"
                name={`${base}-verdict`}
                value={value}
                checked={verdict === value}
                onChange={() => setVerdict(value)}
              />
              {value === 'reached' ? t['practice.outcome.reached'] : t['practice.outcome.notYet']}
            </label>
          ))}
        </div>
        {checked && (
          <div className="feedback">
            <Verdict right={result.verdictRight} t={t}>
              {result.verdictRight ? t['practice.outcome.verdictRight'] : t['practice.outcome.verdictWrong']}
            </Verdict>
            <p>{verdictWhy}</p>
          </div>
        )}
      </fieldset>

      <fieldset className="card" disabled={checked}>
        <legend>{t['practice.outcome.missingLegend']}</legend>
        <p className="hint">{t['practice.outcome.missingHint']}</p>
        <ul className="evidence-list">
          {evidence.map((e) => {
            const right = result.items.find((i) => i.id === e.id)?.right ?? false;
            return (
              <li
                key={e.id}
                id={`${base}-ev-${e.id}`}
                className={checked ? (right ? 'tone-good' : 'tone-bad') : undefined}
              >
                <label className="option">
                  <input
                    type="checkbox"
                    checked={flagged.has(e.id)}
                    onChange={(ev) => toggle(e.id, ev.currentTarget.checked)}
                  />
                  {e.text}
                </label>
                {checked && (
                  <div className="item-feedback">
                    <Verdict right={right} t={t}>
                      {flagged.has(e.id) ? t['practice.outcome.markedMissing'] : t['practice.outcome.markedSeen']}
                      {!right && (
                        <> {e.missing ? t['practice.outcome.shouldBeMissing'] : t['practice.outcome.shouldBeSeen']}</>
                      )}
                    </Verdict>
                    <p>
                      <strong>
                        {t['practice.why']}
                        {t['punct.colon']}
                      </strong>
                      {e.why}
                    </p>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>

      <PracticeBar
        checked={checked}
        onCheck={check}
        warning={warning}
        result={{ id: base, locale, percent: result.percent, record, toReview, lesson, onRetry: retry, ref: resultRef }}
        t={t}
      />
    </div>
  );
}
