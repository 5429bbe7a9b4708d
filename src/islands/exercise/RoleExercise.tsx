/**
 * The role-identification engine: any case from `content/cases/` in, the learner's answers
 * (kept in the exercise store) and feedback out. Scoring lives in `lib/case-scoring`.
 */
import { useState } from 'react';
import { scoreCase, type CaseResult } from '../../lib/case-scoring';
import type { ContactAnswer } from '../../lib/records';
import { format } from '../../i18n/format';
import { $exercises, answerContact, recordExerciseAttempt, retryExercise, revealExercise } from '../../stores/learner';
import { NO_RECORDS, useStored } from '../use-stored';
import { useRecordGuard } from '../use-record-guard';
import { guardKeys, RecordGuardNotices } from '../RecordGuardNotices';
import { ContactCard, contactStrings } from './ContactCard';
import type { ExerciseContact, VocabularyLabels } from './types';

export const exerciseStrings = [
  ...contactStrings,
  'exercise.contactsHeading', 'exercise.check', 'exercise.retry', 'exercise.showAnswer', 'exercise.answered', 'exercise.unanswered',
  'exercise.score', 'exercise.bestScore', 'exercise.attempts', 'exercise.noScoreYet', 'exercise.revealedNote', 'exercise.changed',
  'exercise.lesson', 'exercise.savedLocal', ...guardKeys,
] as const;

interface Props {
  caseId: string;
  contentHash: string;
  contacts: ExerciseContact[];
  lesson: string;
  labels: VocabularyLabels;
  t: Record<(typeof exerciseStrings)[number], string>;
}

const EMPTY: ContactAnswer = { roles: [], stance: null, move: null };

export default function RoleExercise({ caseId, contentHash, contacts, lesson, labels, t }: Props) {
  const records = useStored($exercises, NO_RECORDS);
  const record = records[caseId];
  const answers = record?.answers ?? {};
  const [result, setResult] = useState<CaseResult | null>(null);
  const [warning, setWarning] = useState('');
  const { locked, openElsewhere } = useRecordGuard('exercise', caseId);

  const answeredCount = scoreCase(contacts, answers).contacts.filter((c) => c.answered).length;
  const changed = record !== undefined && record.contentHash !== '' && record.contentHash !== contentHash;

  const update = (contactId: string, answer: ContactAnswer) => {
    answerContact(caseId, contentHash, contactId, answer);
    setResult(null);
  };
  const check = () => {
    const scored = scoreCase(contacts, answers);
    if (!scored.complete) {
      setWarning(format(t['exercise.unanswered'], { n: contacts.length - answeredCount }));
      return;
    }
    setWarning('');
    recordExerciseAttempt(caseId, contentHash, scored.percent, true);
    setResult(scored);
  };
  const reveal = () => {
    const expected = Object.fromEntries(contacts.map((c) => [c.id, { roles: [...c.answer.roles], stance: c.answer.stance, move: c.answer.move }]));
    revealExercise(caseId, contentHash, expected);
    setResult(scoreCase(contacts, expected));
  };
  const retry = () => {
    retryExercise(caseId, contentHash);
    setResult(null);
    setWarning('');
  };

  return (
    <section className="role-exercise" aria-labelledby="contacts-heading">
      <RecordGuardNotices locked={locked} openElsewhere={openElsewhere} t={t} />
      {changed && <p className="notice warn">{t['exercise.changed']}</p>}
      <h2 id="contacts-heading">{t['exercise.contactsHeading']}</h2>
      <p className="muted">{t['exercise.savedLocal']}</p>
      <fieldset className="exercise-body" disabled={locked}>
      <ol className="contacts">
        {contacts.map((contact) => (
          <ContactCard
            key={contact.id}
            contact={contact}
            answer={answers[contact.id] ?? EMPTY}
            result={result?.contacts.find((c) => c.id === contact.id) ?? null}
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
          <button type="button" onClick={check}>{t['exercise.check']}</button>
          <button type="button" className="secondary" onClick={retry}>{t['exercise.retry']}</button>
          <button type="button" className="secondary" onClick={reveal}>{t['exercise.showAnswer']}</button>
        </fieldset>
        <div aria-live="polite" className="result" data-testid="exercise-result">
          {warning && <p className="notice warn">{warning}</p>}
          {result && <p className="score">{format(t['exercise.score'], { score: result.percent })}</p>}
          {record?.best != null ? (
            <p>
              {format(t['exercise.bestScore'], { score: record.best })} · {format(t['exercise.attempts'], { n: record.attempts })}
            </p>
          ) : (
            <p className="muted">{t['exercise.noScoreYet']}</p>
          )}
          {record?.revealed && <p className="muted">{t['exercise.revealedNote']}</p>}
        </div>
        {result && (
          <div className="card lesson">
            <h3>{t['exercise.lesson']}</h3>
            <p>{lesson}</p>
          </div>
        )}
      </div>
    </section>
  );
}
