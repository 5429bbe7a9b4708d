/** One question: number, prompt and hint, the controls of its type, and its verdict once checked. */
import type { Answer, QuestionResult, QuizQuestion } from '../../lib/quiz';
import ChoiceQuestion from './ChoiceQuestion';
import MatchQuestion from './MatchQuestion';
import OrderQuestion from './OrderQuestion';
import { format } from '../../i18n/format';
import { type QuizStrings } from './strings';
import { Icon } from '../Icon';

interface Props {
  question: QuizQuestion;
  number: number;
  total: number;
  /** Stage label, shown in the final assessment. */
  stageLabel?: string | undefined;
  layout: readonly string[];
  answer: Answer | undefined;
  onAnswer: (questionId: string, answer: Answer) => void;
  /** The question's result once the attempt is checked. */
  result: QuestionResult | undefined;
  strings: QuizStrings;
}

const icons = { right: 'check', partial: 'partial', wrong: 'cross' } as const;

/** The verdict line: icon plus words, never colour alone. */
function Verdict({ result, strings: s }: { result: QuestionResult; strings: QuizStrings }) {
  const text =
    !result.answered && result.score === 0
      ? s['checks.verdict.unanswered']
      : result.verdict === 'partial'
        ? format(s['checks.verdict.partial'], { score: Math.round(result.score * 100) })
        : s[`checks.verdict.${result.verdict}`];
  return (
    <p className={`verdict verdict-${result.verdict}`}>
      <Icon name={icons[result.verdict]} /> {text}
    </p>
  );
}

export default function QuestionCard({
  question: q,
  number,
  total,
  stageLabel,
  layout,
  answer,
  onAnswer,
  result,
  strings: s,
}: Props) {
  const checked = result !== undefined;
  const onChange = (next: Answer) => onAnswer(q.id, next);
  const common = { layout, answer, onChange, checked, strings: s };
  return (
    <li className="question card" id={`q-${q.id}`} data-question-id={q.id} data-verdict={result?.verdict}>
      <fieldset aria-describedby={`${q.id}--hint`}>
        <legend>
          <span className="question-number">
            {format(s['checks.questionOf'], { n: number, total })}
            {stageLabel && <span className="tag stage-tag">{stageLabel}</span>}
          </span>
          <span className="prompt">{q.prompt}</span>
        </legend>
        <p className="hint muted" id={`${q.id}--hint`}>
          {s[`checks.hint.${q.type}`]}
        </p>
        {result && <Verdict result={result} strings={s} />}
        {q.type === 'single' || q.type === 'multiple' ? (
          <ChoiceQuestion question={q} {...common} />
        ) : q.type === 'order' ? (
          <OrderQuestion question={q} {...common} />
        ) : (
          <MatchQuestion question={q} {...common} />
        )}
      </fieldset>
    </li>
  );
}
