/** A match question: for each term, a select of the shuffled, lettered definitions. */
import { matchFeedback, type MatchQuestion as Question } from '../../lib/quiz';
import { chooseDefinition } from '../../lib/quiz-answers';
import { format } from '../../i18n/format';
import { PrintChoices } from '../PrintChoices';
import { letter, type QuestionViewProps } from './strings';
import { Icon } from '../Icon';

type Props = QuestionViewProps<Question>;

export default function MatchQuestion({ question: q, layout, answer, onChange, checked, strings: s }: Props) {
  const chosen: Readonly<Record<string, string>> =
    answer && typeof answer === 'object' && !Array.isArray(answer) ? (answer as Record<string, string>) : {};
  const definition = new Map(q.pairs.map((p) => [p.id, p.definition]));
  const letterOf = new Map(layout.map((id, i) => [id, letter(i)]));
  const feedback = new Map(matchFeedback(q, answer).map((f) => [f.id, f]));
  return (
    <>
      <p className="subhead" id={`${q.id}--defs`}>
        {s['checks.match.definitions']}
      </p>
      <ul className="definition-list" aria-labelledby={`${q.id}--defs`}>
        {layout.map((id, i) => (
          <li key={id}>
            <span className="letter">{letter(i)}.</span> {definition.get(id)}
          </li>
        ))}
      </ul>
      <div className="match-rows">
        {q.pairs.map((p) => {
          const f = feedback.get(p.id)!;
          const selectId = `${q.id}--${p.id}`;
          return (
            <div key={p.id} className={checked ? `match-row tone-${f.right ? 'good' : 'bad'}` : 'match-row'}>
              <label htmlFor={selectId}>{p.term}</label>
              <select
                id={selectId}
                value={chosen[p.id] ?? ''}
                disabled={checked}
                aria-describedby={checked ? `${selectId}--why` : undefined}
                onChange={(e) => onChange(chooseDefinition(chosen, p.id, e.target.value))}
              >
                <option value="">{s['checks.match.choose']}</option>
                {layout.map((id, i) => (
                  <option key={id} value={id}>
                    {format(s['checks.match.option'], { letter: letter(i), text: definition.get(id) ?? '' })}
                  </option>
                ))}
              </select>
              <PrintChoices
                options={layout.map((id, i) => ({ value: id, label: letter(i) }))}
                selected={chosen[p.id]}
                testId={`print-match-${p.id}`}
              />
              {checked && (
                <div className="option-feedback" id={`${selectId}--why`}>
                  <p className="option-verdict">
                    <Icon name={f.right ? 'check' : 'cross'} />{' '}
                    {f.right
                      ? s['checks.match.right']
                      : f.chosen
                        ? format(s['checks.match.yourChoice'], { letter: letterOf.get(f.chosen) ?? '?' })
                        : s['checks.match.noChoice']}
                  </p>
                  {!f.right && (
                    <p>
                      {format(s['checks.match.rightDefinition'], {
                        letter: letterOf.get(p.id) ?? '',
                        text: p.definition,
                      })}
                    </p>
                  )}
                  <p>{p.explanation}</p>
                </div>
              )}
            </div>
          );
        })}
      </div>
    </>
  );
}
