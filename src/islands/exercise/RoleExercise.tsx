/**
 * The role-identification engine: any case from `content/cases/` in, the learner's answers
 * (kept in the exercise store) and feedback out. Scoring lives in `lib/case-scoring`.
 * After "Check answers" a result panel appears where the learner is (by the buttons) and
 * takes focus: score, the contacts that need another look (as links), best and attempts.
 */
import { useEffect, useRef, useState } from 'react';
import { keptAnswers, scoreCase, type CaseResult } from '../../lib/case-scoring';
import type { ContactAnswer } from '../../lib/records';
import { format } from '../../i18n/format';
import { $exercises, answerContact, recordExerciseAttempt, retryExercise, revealExercise } from '../../stores/learner';
import { NO_RECORDS, useStored } from '../use-stored';
import { useRecordGuard } from '../use-record-guard';
import { guardKeys, RecordGuardNotices } from '../RecordGuardNotices';
import { ContactCard, contactStrings } from './ContactCard';
import type { ExerciseContact, VocabularyLabels } from './types';
import { Icon } from '../Icon';

export const exerciseStrings = [
  ...contactStrings,
  'exercise.contactsHeading',
  'exercise.check',
  'exercise.retry',
  'exercise.showAnswer',
  'exercise.answered',
  'exercise.unanswered',
  'exercise.score',
  'exercise.bestScore',
  'exercise.attempts',
  'exercise.noScoreYet',
  'exercise.revealedNote',
  'exercise.changed',
  'exercise.lesson',
  'exercise.savedLocal',
  'exercise.resultTitle',
  'exercise.allRight',
  'exercise.toReview',
  'exercise.revealConfirm',
  'exercise.revealYes',
  'exercise.revealNo',
  'exercise.retryHint',
  ...guardKeys,
] as const;

interface Props {
  caseId: string;
  contentHash: string;
  locale: string;
  contacts: ExerciseContact[];
  lesson: string;
  labels: VocabularyLabels;
  t: Record<(typeof exerciseStrings)[number], string>;
}

const EMPTY: ContactAnswer = { roles: [], stance: null, move: null };

export default function RoleExercise({ caseId, contentHash, locale, contacts, lesson, labels, t }: Props) {
  const records = useStored($exercises, NO_RECORDS);
  const record = records[caseId];
  const answers = record?.answers ?? {};
  const revealed = record?.revealed ?? false;
  const [result, setResult] = useState<CaseResult | null>(null);
  const [warning, setWarning] = useState('');
  const [confirming, setConfirming] = useState(false);
  const { locked, openElsewhere } = useRecordGuard('exercise', caseId);
  const focusNext = useRef<'result' | 'confirm' | 'first' | null>(null);
  const resultRef = useRef<HTMLElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'result' && resultRef.current) {
      resultRef.current.focus();
      resultRef.current.scrollIntoView?.({ block: 'nearest' });
    }
    if (target === 'confirm') confirmRef.current?.focus();
    if (target === 'first') listRef.current?.querySelector<HTMLElement>('input:not(:checked), select')?.focus();
  });

  const scored = scoreCase(contacts, answers);
  const answeredCount = scored.contacts.filter((c) => c.answered).length;
  const changed = record !== undefined && record.contentHash !== '' && record.contentHash !== contentHash;
  // Once revealed, the comparison shows against the learner's own (kept) answers.
  const shown = result ?? (revealed ? scored : null);

  const update = (contactId: string, answer: ContactAnswer) => {
    answerContact(caseId, contentHash, contactId, answer);
    setResult(null);
  };
  const check = () => {
    if (!scored.complete) {
      setWarning(format(t['exercise.unanswered'], { n: contacts.length - answeredCount }));
      return;
    }
    setWarning('');
    recordExerciseAttempt(caseId, contentHash, scored.percent, true);
    setResult(scored);
    focusNext.current = 'result';
  };
  const askReveal = () => {
    setConfirming(true);
    focusNext.current = 'confirm';
  };
  const reveal = () => {
    revealExercise(caseId, contentHash);
    setConfirming(false);
    setWarning('');
    setResult(scored);
    focusNext.current = 'result';
  };
  const retry = () => {
    retryExercise(caseId, contentHash, keptAnswers(contacts, answers));
    setResult(null);
    setWarning('');
    setConfirming(false);
    focusNext.current = 'first';
  };

  const toReview = shown ? shown.contacts.filter((c) => c.score < 1) : [];
  const nameOf = new Map(contacts.map((c) => [c.id, c.name]));

  return (
    <section className="role-exercise" aria-labelledby="contacts-heading">
      <div className="no-print">
        <RecordGuardNotices locked={locked} openElsewhere={openElsewhere} t={t} />
      </div>
      {changed && <p className="notice warn">{t['exercise.changed']}</p>}
      <h2 id="contacts-heading">{t['exercise.contactsHeading']}</h2>
      <p className="muted no-print">{t['exercise.savedLocal']}</p>
      <fieldset className="exercise-body" disabled={locked}>
        <ol className="contacts" ref={listRef}>
          {contacts.map((contact) => (
            <ContactCard
              key={contact.id}
              contact={contact}
              answer={answers[contact.id] ?? EMPTY}
              result={shown?.contacts.find((c) => c.id === contact.id) ?? null}
              revealed={revealed}
              labels={labels}
              t={t}
              onChange={(a) => update(contact.id, a)}
            />
          ))}
        </ol>
      </fieldset>

      <div className="exercise-bar">
        <p aria-live="polite">{format(t['exercise.answered'], { done: answeredCount, total: contacts.length })}</p>
        <fieldset className="actions exercise-body" disabled={locked}>
          <button type="button" onClick={check}>
            {t['exercise.check']}
          </button>
          <button type="button" className="secondary" onClick={retry}>
            {t['exercise.retry']}
          </button>
          {!revealed && (
            <button type="button" className="secondary" onClick={askReveal} aria-expanded={confirming}>
              {t['exercise.showAnswer']}
            </button>
          )}
        </fieldset>
        {confirming && (
          <div className="notice warn reveal-confirm" role="group" aria-label={t['exercise.showAnswer']}>
            <p>{t['exercise.revealConfirm']}</p>
            <div className="actions">
              <button type="button" ref={confirmRef} onClick={reveal}>
                {t['exercise.revealYes']}
              </button>
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                {t['exercise.revealNo']}
              </button>
            </div>
          </div>
        )}
        <div aria-live="polite">{warning && <p className="notice warn">{warning}</p>}</div>
        {shown && (
          <section
            className={`exercise-result-panel card ${toReview.length === 0 ? 'is-right' : 'is-open'}`}
            tabIndex={-1}
            ref={resultRef}
            aria-labelledby="exercise-result-title"
            data-testid="exercise-result-panel"
          >
            <h2 id="exercise-result-title">{t['exercise.resultTitle']}</h2>
            <p className="score">{format(t['exercise.score'], { score: shown.percent })}</p>
            <p className="result-verdict">
              <Icon name={toReview.length === 0 ? 'check' : 'alert'} />{' '}
              {toReview.length === 0
                ? t['exercise.allRight']
                : format(t['exercise.toReview'], { n: toReview.length }, locale)}
            </p>
            {toReview.length > 0 && (
              <ul className="review-links">
                {toReview.map((c) => (
                  <li key={c.id}>
                    <a href={`#contact-${c.id}`}>{nameOf.get(c.id)}</a>
                  </li>
                ))}
              </ul>
            )}
            {toReview.length > 0 && !revealed && <p className="muted">{t['exercise.retryHint']}</p>}
            <div className="lesson">
              <h3>{t['exercise.lesson']}</h3>
              <p>{lesson}</p>
            </div>
            <div className="actions">
              <button type="button" onClick={retry}>
                {t['exercise.retry']}
              </button>
              {!revealed && (
                <button type="button" className="secondary" onClick={askReveal}>
                  {t['exercise.showAnswer']}
                </button>
              )}
            </div>
          </section>
        )}
        <div className="result" data-testid="exercise-result">
          {result && <p className="visually-hidden">{format(t['exercise.score'], { score: result.percent })}</p>}
          {record?.best != null ? (
            <p>
              {format(t['exercise.bestScore'], { score: record.best })} ·{' '}
              {format(t['exercise.attempts'], { n: record.attempts })}
            </p>
          ) : (
            <p className="muted no-print">{t['exercise.noScoreYet']}</p>
          )}
          {revealed && <p className="muted">{t['exercise.revealedNote']}</p>}
        </div>
      </div>
    </section>
  );
}
