/** One key question of the assessment: its criteria, each answered Yes / No / ? with a note. */
import { memo } from 'react';
import { format } from '../../i18n/format';
import type { AssessmentAnswers, QuestionSummary } from '../../lib/assessment';
import { criterionAnswers, type CriterionAnswer } from '../../lib/vocabulary';
import type { UIKey } from '../../i18n';
import { TextField } from './fields';
import type { QuestionContent } from './assessment-types';
import { StrengthBadge, strengthKeys } from './StrengthBadge';
import type { Strings } from './strings';

export const keyQuestionKeys = [
  ...strengthKeys,
  'worksheet.assess.yes',
  'worksheet.assess.no',
  'worksheet.assess.unknown',
  'worksheet.assess.unknownLong',
  'worksheet.assess.note',
  'worksheet.assess.questionN',
  'worksheet.hint',
] as const satisfies readonly UIKey[];

interface Props {
  index: number;
  question: QuestionContent;
  summary: QuestionSummary;
  /** Keeps radio names apart between opportunities. */
  scope: string;
  answers: AssessmentAnswers;
  onAnswer: (criterion: string, answer: CriterionAnswer) => void;
  onNote: (criterion: string, note: string) => void;
  t: Strings<typeof keyQuestionKeys>;
}

function KeyQuestionView({ index, question, summary, scope, answers, onAnswer, onNote, t }: Props) {
  const label = (a: CriterionAnswer) =>
    a === 'yes' ? (
      t['worksheet.assess.yes']
    ) : a === 'no' ? (
      t['worksheet.assess.no']
    ) : (
      <>
        {t['worksheet.assess.unknown']}
        <span className="visually-hidden"> {t['worksheet.assess.unknownLong']}</span>
      </>
    );
  return (
    <section className="ws-question" aria-labelledby={`q-${question.id}`} data-testid={`question-${question.id}`}>
      <h2 id={`q-${question.id}`}>
        <span className="ws-kicker">{format(t['worksheet.assess.questionN'], { n: index + 1 })}</span> {question.title}
      </h2>
      <StrengthBadge summary={summary} t={t} />
      <p className="ws-help">{question.help}</p>
      {question.criteria.map((c) => {
        const entry = answers[c.id];
        const base = `${scope}-${c.id}`;
        return (
          <fieldset key={c.id} className="ws-criterion" data-testid={`criterion-${c.id}`}>
            <legend>{c.text}</legend>
            <div className="ws-choices">
              {criterionAnswers.map((a) => (
                <label key={a} className={`ws-choice ws-choice-${a}`}>
                  <input
                    type="radio"
                    name={base}
                    value={a}
                    checked={entry?.answer === a}
                    onChange={() => onAnswer(c.id, a)}
                  />
                  {label(a)}
                </label>
              ))}
            </div>
            <details className="ws-details no-print">
              <summary>{t['worksheet.hint']}</summary>
              <p>{c.hint}</p>
            </details>
            <TextField
              id={`${base}-note`}
              label={t['worksheet.assess.note']}
              labelSuffix={c.text}
              rows={2}
              value={entry?.note ?? ''}
              onChange={(v) => onNote(c.id, v)}
            />
          </fieldset>
        );
      })}
    </section>
  );
}

/**
 * Typing in one note re-renders only its question: a question renders again when its own
 * criteria's answers or notes, its tally or its other props change.
 */
function sameQuestion(a: Props, b: Props): boolean {
  if (
    a.index !== b.index ||
    a.question !== b.question ||
    a.scope !== b.scope ||
    a.t !== b.t ||
    a.onAnswer !== b.onAnswer ||
    a.onNote !== b.onNote
  )
    return false;
  if (a.summary.strength !== b.summary.strength || JSON.stringify(a.summary.tally) !== JSON.stringify(b.summary.tally))
    return false;
  return a.question.criteria.every(
    ({ id }) => a.answers[id]?.answer === b.answers[id]?.answer && a.answers[id]?.note === b.answers[id]?.note,
  );
}

export const KeyQuestion = memo(KeyQuestionView, sameQuestion);
