/** The live summary: overall guidance with its reasons, the tally per key question and the rule. */
import { format } from '../../i18n/format';
import type { UIKey } from '../../i18n';
import type { AssessmentSummary as Summary, Guidance, Reason } from '../../lib/assessment';
import { strengthIcon, strengthKeys } from './StrengthBadge';
import type { Strings } from './strings';
import { Icon } from '../Icon';
import type { IconName } from '../../lib/icons';

export const summaryKeys = [
  ...strengthKeys,
  'worksheet.assess.summary',
  'worksheet.assess.tallyCaption',
  'worksheet.assess.colQuestion',
  'worksheet.assess.yes',
  'worksheet.assess.no',
  'worksheet.assess.unknown',
  'worksheet.assess.unknownLong',
  'worksheet.assess.unanswered',
  'worksheet.assess.allAnswered',
  'worksheet.assess.guidance',
  'worksheet.assess.guidance.pursue',
  'worksheet.assess.guidance.strengthen',
  'worksheet.assess.guidance.walk-away',
  'worksheet.assess.lead.pursue',
  'worksheet.assess.lead.strengthen',
  'worksheet.assess.lead.walk-away',
  'worksheet.assess.because',
  'worksheet.assess.reason.no-cra',
  'worksheet.assess.reason.weak-question',
  'worksheet.assess.reason.uncertain-question',
  'worksheet.assess.reason.mixed-question',
  'worksheet.assess.reason.vital-sign-no',
  'worksheet.assess.reason.all-strong',
  'worksheet.assess.rule',
] as const satisfies readonly UIKey[];

export const ruleKeys = [
  'worksheet.assess.rule',
  'worksheet.assess.rule.signal',
  'worksheet.assess.rule.walk',
  'worksheet.assess.rule.strengthen',
  'worksheet.assess.rule.pursue',
] as const satisfies readonly UIKey[];

/** The rule behind the guidance, in words (the same rule as `lib/assessment`). */
export function AssessmentRule({ t }: { t: Strings<typeof ruleKeys> }) {
  return (
    <section className="ws-rule-box" aria-labelledby="assess-rule">
      <h2 id="assess-rule">{t['worksheet.assess.rule']}</h2>
      <ul>
        <li>{t['worksheet.assess.rule.signal']}</li>
        <li>{t['worksheet.assess.rule.walk']}</li>
        <li>{t['worksheet.assess.rule.strengthen']}</li>
        <li>{t['worksheet.assess.rule.pursue']}</li>
      </ul>
    </section>
  );
}

const guidanceIcon: Record<Guidance, IconName> = { pursue: 'check', strengthen: 'warning', 'walk-away': 'cross' };

interface Props {
  summary: Summary;
  questionTitles: Readonly<Record<string, string>>;
  criterionTexts: Readonly<Record<string, string>>;
  t: Strings<typeof summaryKeys>;
}

export function AssessmentSummary({ summary, questionTitles, criterionTexts, t }: Props) {
  const reasonText = (r: Reason) => {
    switch (r.kind) {
      case 'weak-question':
      case 'uncertain-question':
      case 'mixed-question':
        return format(t[`worksheet.assess.reason.${r.kind}`], { question: questionTitles[r.question] ?? r.question });
      case 'vital-sign-no':
        return format(t['worksheet.assess.reason.vital-sign-no'], {
          criterion: criterionTexts[r.criterion] ?? r.criterion,
        });
      default:
        return t[`worksheet.assess.reason.${r.kind}`];
    }
  };
  const open = summary.total - summary.answered;
  return (
    <aside className="ws-summary ws-derived" aria-labelledby="assess-summary">
      <h2 id="assess-summary">{t['worksheet.assess.summary']}</h2>
      <div className="ws-guidance" data-guidance={summary.guidance} aria-live="polite" data-testid="guidance">
        <p className="ws-guidance-verdict">
          <Icon name={guidanceIcon[summary.guidance]} className="ws-icon" /> {t['worksheet.assess.guidance']}:{' '}
          <strong>{t[`worksheet.assess.guidance.${summary.guidance}`]}</strong>
        </p>
        <p>{t[`worksheet.assess.lead.${summary.guidance}`]}</p>
        <p className="ws-because">{t['worksheet.assess.because']}</p>
        <ul>
          {summary.reasons.map((r, i) => (
            <li key={i}>{reasonText(r)}</li>
          ))}
        </ul>
      </div>
      <table className="ws-tally">
        <caption>{t['worksheet.assess.tallyCaption']}</caption>
        <thead>
          <tr>
            <th scope="col">{t['worksheet.assess.colQuestion']}</th>
            <th scope="col">{t['worksheet.assess.yes']}</th>
            <th scope="col">{t['worksheet.assess.no']}</th>
            <th scope="col">
              {t['worksheet.assess.unknown']}
              <span className="visually-hidden"> {t['worksheet.assess.unknownLong']}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.questions.map((q) => (
            <tr key={q.id} data-testid={`tally-${q.id}`}>
              <th scope="row">
                {questionTitles[q.id]}
                <span className="ws-signal-cell" data-strength={q.strength}>
                  <Icon name={strengthIcon[q.strength]} className="ws-icon" />{' '}
                  {t[`worksheet.assess.strength.${q.strength}`]}
                </span>
              </th>
              <td>{q.tally.yes}</td>
              <td>{q.tally.no}</td>
              <td>{q.tally.unknown}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        {open > 0
          ? format(t['worksheet.assess.unanswered'], { n: open, total: summary.total })
          : format(t['worksheet.assess.allAnswered'], { total: summary.total })}
      </p>
      <p className="no-print">
        <a href="#assess-rule">{t['worksheet.assess.rule']}</a>
      </p>
    </aside>
  );
}
