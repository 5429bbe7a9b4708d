/** An order question: move items up or down, or pick a position; changes are announced. */
import { useEffect, useRef, useState } from 'react';
import { orderFeedback, type OrderQuestion as Question } from '../../lib/quiz';
import { arrangement, moveItem } from '../../lib/quiz-answers';
import { format } from '../../i18n/format';
import { PrintWriteBox } from '../PrintChoices';
import { type QuestionViewProps } from './strings';
import { Icon } from '../Icon';

type Props = QuestionViewProps<Question>;

export default function OrderQuestion({ question: q, layout, answer, onChange, checked, strings: s }: Props) {
  const [announcement, setAnnouncement] = useState('');
  // Moving an item re-inserts DOM nodes, which can drop focus: put it back on the control used.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    const id = refocus.current;
    refocus.current = null;
    const target = id ? document.getElementById(id) : null;
    if (target && document.activeElement !== target) target.focus();
  });
  const current = arrangement(answer, layout);
  const text = new Map(q.items.map((i) => [i.id, i.text]));
  const feedback = new Map(orderFeedback(q, answer).map((f) => [f.id, f]));
  const arranged = Array.isArray(answer) && answer.length > 0;
  const total = current.length;

  const controlId = (itemId: string, control: 'up' | 'down' | 'pos') => `${q.id}--${itemId}--${control}`;
  const move = (from: number, to: number, control: 'up' | 'down' | 'pos') => {
    const item = text.get(current[from]!) ?? '';
    refocus.current = controlId(current[from]!, control);
    if (to < 0) return setAnnouncement(format(s['checks.order.atTop'], { item }));
    if (to >= total) return setAnnouncement(format(s['checks.order.atBottom'], { item }));
    if (to === from) return;
    onChange(moveItem(current, from, to));
    setAnnouncement(format(s['checks.order.moved'], { item, n: to + 1, total }));
  };

  return (
    <>
      {!checked && <p className="print-hint">{s['print.orderHint']}</p>}
      <ol className="order-list">
        {current.map((id, index) => {
          const f = feedback.get(id);
          const label = text.get(id) ?? id;
          return (
            <li key={id} className={checked ? `order-item tone-${f?.right ? 'good' : 'bad'}` : 'order-item'}>
              {!checked && <PrintWriteBox />}
              <span className="order-pos" aria-hidden="true">
                {index + 1}
              </span>
              <span className="order-text">{label}</span>
              {!checked && (
                <span className="order-controls">
                  <button
                    type="button"
                    className="secondary"
                    id={controlId(id, 'up')}
                    aria-label={format(s['checks.order.moveUpItem'], { item: label })}
                    aria-disabled={index === 0}
                    onClick={() => move(index, index - 1, 'up')}
                  >
                    <Icon name="arrow-up" /> {s['checks.order.moveUp']}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    id={controlId(id, 'down')}
                    aria-label={format(s['checks.order.moveDownItem'], { item: label })}
                    aria-disabled={index === total - 1}
                    onClick={() => move(index, index + 1, 'down')}
                  >
                    <Icon name="arrow-down" /> {s['checks.order.moveDown']}
                  </button>
                  <span className="order-position">
                    <label htmlFor={controlId(id, 'pos')}>{s['checks.order.position']}</label>{' '}
                    <select
                      id={controlId(id, 'pos')}
                      aria-label={format(s['checks.order.positionItem'], { item: label })}
                      value={index + 1}
                      onChange={(e) => move(index, Number(e.target.value) - 1, 'pos')}
                    >
                      {current.map((_, n) => (
                        <option key={n} value={n + 1}>
                          {n + 1}
                        </option>
                      ))}
                    </select>
                  </span>
                </span>
              )}
              {checked && f && (
                <span className="order-verdict">
                  <Icon name={f.right ? 'check' : 'cross'} />{' '}
                  {f.right ? s['checks.order.inPlace'] : format(s['checks.order.belongsAt'], { n: f.correctPosition })}
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
        <div className="question-explanation">
          {!arranged && <p>{s['checks.order.notArranged']}</p>}
          <p className="subhead">{s['checks.order.correctOrder']}</p>
          <ol>
            {q.items.map((i) => (
              <li key={i.id}>{i.text}</li>
            ))}
          </ol>
          <p>{q.explanation}</p>
        </div>
      )}
    </>
  );
}
