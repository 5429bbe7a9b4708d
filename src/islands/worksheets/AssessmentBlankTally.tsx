/**
 * The blank handout's last part (printed only, with `html.print-blank`): boxes to count the
 * Yes / No / ? answers per key question and overall, and a decision box with a line for the reason.
 */
import { format } from '../../i18n/format';
import type { UIKey } from '../../i18n';
import { PrintChoices } from '../PrintChoices';
import type { QuestionContent } from './assessment-types';
import type { Strings } from './strings';

export const blankTallyKeys = [
  'worksheet.assess.blank.title',
  'worksheet.assess.blank.tallyHint',
  'worksheet.assess.blank.criteria',
  'worksheet.assess.blank.overall',
  'worksheet.assess.blank.decision',
  'worksheet.assess.blank.go',
  'worksheet.assess.blank.qualify',
  'worksheet.assess.blank.noGo',
  'worksheet.assess.blank.reason',
  'worksheet.assess.colQuestion',
  'worksheet.assess.questionN',
  'worksheet.assess.yes',
  'worksheet.assess.no',
  'worksheet.assess.unknown',
] as const satisfies readonly UIKey[];

interface Props {
  questions: readonly QuestionContent[];
  locale: string;
  t: Strings<typeof blankTallyKeys>;
}

export function AssessmentBlankTally({ questions, locale, t }: Props) {
  const total = questions.reduce((n, q) => n + q.criteria.length, 0);
  const count = (n: number) => format(t['worksheet.assess.blank.criteria'], { n }, locale);
  return (
    <section className="ws-blank-only ws-blank-tally" data-testid="blank-tally">
      <h2>{t['worksheet.assess.blank.title']}</h2>
      <table className="ws-blank-table">
        <caption>{t['worksheet.assess.blank.tallyHint']}</caption>
        <thead>
          <tr>
            <th scope="col">{t['worksheet.assess.colQuestion']}</th>
            <th scope="col">{t['worksheet.assess.yes']}</th>
            <th scope="col">{t['worksheet.assess.no']}</th>
            <th scope="col">{t['worksheet.assess.unknown']}</th>
          </tr>
        </thead>
        <tbody>
          {questions.map((q, i) => (
            <tr key={q.id}>
              <th scope="row">
                {format(t['worksheet.assess.questionN'], { n: i + 1 })} · {q.title}
                {count(q.criteria.length)}
              </th>
              <td />
              <td />
              <td />
            </tr>
          ))}
          <tr className="ws-blank-total">
            <th scope="row">
              {t['worksheet.assess.blank.overall']}
              {count(total)}
            </th>
            <td />
            <td />
            <td />
          </tr>
        </tbody>
      </table>
      <div className="ws-decision" data-testid="decision-box">
        <h3>{t['worksheet.assess.blank.decision']}</h3>
        <PrintChoices
          options={[
            { value: 'go', label: t['worksheet.assess.blank.go'] },
            { value: 'qualify', label: t['worksheet.assess.blank.qualify'] },
            { value: 'no-go', label: t['worksheet.assess.blank.noGo'] },
          ]}
        />
        <p className="ws-decision-reason">{t['worksheet.assess.blank.reason']}</p>
        <div className="ws-print-copy" data-lines="3" />
      </div>
    </section>
  );
}
