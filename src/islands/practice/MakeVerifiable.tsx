/**
 * Island: *Make it verifiable*. For each vague statement the learner picks the verifiable
 * rewrite; an optional sequence is put in order with buttons (keyboard-first, announced).
 */
import { useEffect, useRef, useState } from 'react';
import { format } from '../../i18n/format';
import { EMPTY_ANSWER, scoreVerifiable, verifiableComplete, type PracticeAnswer } from '../../lib/practice-scoring';
import { moveItem } from '../../lib/quiz-answers';
import { PrintWriteBox } from '../PrintChoices';
import { Verdict } from './ResultPanel';
import { PracticeBar } from './PracticeBar';
import type { PracticeStrings } from './strings';
import { usePractice } from './use-practice';
import './practice.css';
import { Icon } from '../Icon';

export interface RewriteItem {
  id: string;
  vague: string;
  options: { id: string; text: string; correct: boolean; why: string }[];
}
export interface Sequence {
  prompt: string;
  /** Correct order. */
  steps: { id: string; text: string }[];
  /** The order shown before the learner moves anything. */
  start: string[];
  why: string;
}
interface Props {
  exerciseId: string;
  contentHash: string;
  locale: string;
  items: RewriteItem[];
  sequence?: Sequence | undefined;
  lesson: string;
  t: PracticeStrings;
}

export default function MakeVerifiable({ exerciseId, contentHash, locale, items, sequence, lesson, t }: Props) {
  const { record, changed, answer, checked, resultRef, save, submit } = usePractice(exerciseId, contentHash);
  const [warning, setWarning] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    const id = refocus.current;
    refocus.current = null;
    const target = id ? document.getElementById(id) : null;
    if (target && document.activeElement !== target) target.focus();
  });

  // The displayed order: what the learner arranged, or the fixed shuffled start.
  const order = sequence ? (answer.sequence.length === sequence.steps.length ? answer.sequence : sequence.start) : [];
  const effective: PracticeAnswer = { ...answer, sequence: order };
  const facts = { items, sequence };
  const result = scoreVerifiable(facts, effective);
  const stepText = new Map(sequence?.steps.map((s) => [s.id, s.text]));

  const choose = (itemId: string, optionId: string) =>
    save({ ...effective, choices: { ...answer.choices, [itemId]: optionId } });
  const move = (from: number, to: number, control: 'up' | 'down') => {
    const item = stepText.get(order[from]!) ?? '';
    refocus.current = `${exerciseId}-step-${order[from]}-${control}`;
    if (to < 0) return setAnnouncement(format(t['practice.order.atTop'], { item }));
    if (to >= order.length) return setAnnouncement(format(t['practice.order.atBottom'], { item }));
    save({ ...answer, sequence: moveItem(order, from, to) });
    setAnnouncement(format(t['practice.order.moved'], { item, n: to + 1, total: order.length }));
  };
  const check = () => {
    const missing = items.filter((i) => !i.options.some((o) => o.id === answer.choices[i.id])).length;
    if (!verifiableComplete(facts, effective))
      return setWarning(format(t['practice.unanswered'], { n: missing }, locale));
    setWarning('');
    submit(effective, result.percent);
  };
  const retry = () => save(EMPTY_ANSWER);

  const toReview = [
    ...items
      .filter((i) => !result.items.find((r) => r.id === i.id)?.right)
      .map((i) => ({ href: `#${exerciseId}-item-${i.id}`, label: i.vague })),
    ...(sequence && result.steps.some((s) => !s.right)
      ? [{ href: `#${exerciseId}-sequence`, label: sequence.prompt }]
      : []),
  ];

  return (
    <div className="practice">
      {changed && <p className="notice warn">{t['practice.changed']}</p>}
      <ol className="rewrite-items">
        {items.map((item, index) => {
          const chosen = answer.choices[item.id];
          const right = result.items.find((r) => r.id === item.id)?.right ?? false;
          const correct = item.options.find((o) => o.correct)!;
          const mine = item.options.find((o) => o.id === chosen);
          return (
            <li
              key={item.id}
              id={`${exerciseId}-item-${item.id}`}
              className={`card rewrite ${checked ? (right ? 'tone-good' : 'tone-bad') : ''}`}
            >
              <fieldset disabled={checked}>
                <legend>
                  <span className="muted">
                    {index + 1}. {t['practice.verifiable.vague']}
                  </span>{' '}
                  <span className="vague">{item.vague}</span>
                </legend>
                <p className="hint">{t['practice.verifiable.choose']}</p>
                <div className="choices">
                  {item.options.map((o) => (
                    <label key={o.id} className="option choice-row">
                      <input
                        type="radio"
                        name={`${exerciseId}-${item.id}`}
                        value={o.id}
                        checked={chosen === o.id}
                        onChange={() => choose(item.id, o.id)}
                      />
                      <span>{o.text}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              {checked && (
                <div className="item-feedback">
                  <Verdict right={right} t={t} />
                  {mine && (
                    <p>
                      <strong>
                        {t['practice.why']}
                        {t['punct.colon']}
                      </strong>
                      {mine.why}
                    </p>
                  )}
                  {!right && (
                    <p>
                      <strong>
                        {t['practice.verifiable.rightAnswer']}
                        {t['punct.colon']}
                      </strong>
                      {correct.text} {correct.why}
                    </p>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>

      {sequence && (
        <section
          className="card sequence"
          id={`${exerciseId}-sequence`}
          aria-labelledby={`${exerciseId}-sequence-title`}
        >
          <h2 id={`${exerciseId}-sequence-title`} className="sequence-title">
            {t['practice.verifiable.order']}
          </h2>
          <p>{sequence.prompt}</p>
          {!checked && <p className="print-hint">{t['print.orderHint']}</p>}
          <ol className="order-list">
            {order.map((id, index) => {
              const label = stepText.get(id) ?? id;
              const step = result.steps.find((s) => s.id === id);
              const place = sequence.steps.findIndex((s) => s.id === id) + 1;
              return (
                <li
                  key={id}
                  className={checked ? `order-item ${step?.right ? 'tone-good' : 'tone-bad'}` : 'order-item'}
                >
                  {!checked && <PrintWriteBox />}
                  <span className="order-pos" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className="order-text">{label}</span>
                  {!checked ? (
                    <span className="order-controls">
                      <button
                        type="button"
                        className="secondary"
                        id={`${exerciseId}-step-${id}-up`}
                        aria-label={format(t['practice.order.moveUpItem'], { item: label })}
                        aria-disabled={index === 0}
                        onClick={() => move(index, index - 1, 'up')}
                      >
                        <Icon name="arrow-up" /> {t['practice.order.moveUp']}
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        id={`${exerciseId}-step-${id}-down`}
                        aria-label={format(t['practice.order.moveDownItem'], { item: label })}
                        aria-disabled={index === order.length - 1}
                        onClick={() => move(index, index + 1, 'down')}
                      >
                        <Icon name="arrow-down" /> {t['practice.order.moveDown']}
                      </button>
                    </span>
                  ) : (
                    <span className="order-verdict">
                      <Icon name={step?.right ? 'check' : 'cross'} />{' '}
                      {step?.right ? t['practice.order.inPlace'] : format(t['practice.order.belongsAt'], { n: place })}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
          <p className="visually-hidden" aria-live="polite">
            {checked ? '' : announcement}
          </p>
          {checked && (
            <div className="item-feedback">
              <p>
                <strong>{t['practice.order.correctOrder']}</strong>
              </p>
              <ol>
                {sequence.steps.map((s) => (
                  <li key={s.id}>{s.text}</li>
                ))}
              </ol>
              <p>{sequence.why}</p>
            </div>
          )}
        </section>
      )}

      <PracticeBar
        checked={checked}
        onCheck={check}
        warning={warning}
        result={{
          id: exerciseId,
          locale,
          percent: result.percent,
          record,
          toReview,
          lesson,
          onRetry: retry,
          ref: resultRef,
        }}
        t={t}
      />
    </div>
  );
}
