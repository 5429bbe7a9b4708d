/** Single choice (a radio group) or multiple choice (checkboxes), with per-option feedback once checked. */
import type { MultipleQuestion, SingleQuestion } from '../../lib/quiz';
import { choiceFeedback, type OptionFeedback } from '../../lib/quiz';
import { toggleOption } from '../../lib/quiz-answers';
import type { QuestionViewProps, QuizStrings } from './strings';
import { Icon } from '../Icon';
import type { IconName } from '../../lib/icons';

type Props = QuestionViewProps<SingleQuestion | MultipleQuestion>;

type Tone = 'good' | 'bad' | 'neutral';

/** What to say about one option after checking. */
function optionVerdict(
  multiple: boolean,
  f: OptionFeedback,
  s: QuizStrings,
): { icon: IconName; text: string; tone: Tone } {
  if (f.picked && f.correct) return { icon: 'check', text: s['checks.option.pickedRight'], tone: 'good' };
  if (f.picked) return { icon: 'cross', text: s['checks.option.pickedWrong'], tone: 'bad' };
  if (f.correct)
    return multiple
      ? { icon: 'cross', text: s['checks.option.missed'], tone: 'bad' }
      : { icon: 'arrow-right', text: s['checks.option.theAnswer'], tone: 'good' };
  return multiple
    ? { icon: 'check', text: s['checks.option.rightlyLeft'], tone: 'neutral' }
    : { icon: 'dash', text: s['checks.option.notTheAnswer'], tone: 'neutral' };
}

export default function ChoiceQuestion({ question: q, layout, answer, onChange, checked, strings: s }: Props) {
  const multiple = q.type === 'multiple';
  const picked = multiple ? (Array.isArray(answer) ? (answer as readonly string[]) : []) : [];
  const feedback = new Map(choiceFeedback(q, answer).map((f) => [f.id, f]));
  const allIds = q.options.map((o) => o.id);
  const byId = new Map(q.options.map((o) => [o.id, o]));
  return (
    <ul className="choices">
      {layout.map((id) => {
        const o = byId.get(id);
        if (!o) return null;
        const f = feedback.get(id)!;
        const verdict = checked ? optionVerdict(multiple, f, s) : null;
        const inputId = `${q.id}--${id}`;
        return (
          <li key={id} className={verdict ? `choice tone-${verdict.tone}` : 'choice'}>
            <input
              id={inputId}
              type={multiple ? 'checkbox' : 'radio'}
              name={q.id}
              value={id}
              checked={f.picked}
              disabled={checked}
              aria-describedby={verdict ? `${inputId}--why` : undefined}
              onChange={() => onChange(multiple ? toggleOption(picked, id, allIds) : id)}
            />
            <label htmlFor={inputId}>{o.text}</label>
            {verdict && (
              <div className="option-feedback" id={`${inputId}--why`}>
                <p className="option-verdict">
                  <Icon name={verdict.icon} /> {verdict.text}
                </p>
                <p>{o.explanation}</p>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
