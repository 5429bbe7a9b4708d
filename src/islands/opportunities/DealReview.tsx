/**
 * The one-page deal review a manager reads: stage, outcomes with their evidence and notes,
 * vital signs, risks (the assessment's No answers), unknowns (its ? answers) and next
 * actions. Laid out for A4 / Letter; "Print" prints just this page.
 */
import { useEffect, useRef } from 'react';
import { format } from '../../i18n/format';
import type { OpportunityRecord } from '../../lib/opportunity-record';
import { findStage } from '../../lib/stage-finder';
import { sheetRecordId } from '../../lib/worksheet-records';
import { $opportunities, $worksheets } from '../../stores/learner';
import { NO_RECORDS, useStored } from '../use-stored';
import { formatDay, formatMoney } from './format';
import type { CriterionInfo, OppStrings, StageInfo } from './types';

interface Props {
  id: string;
  lang: string;
  stages: StageInfo[];
  criteria: CriterionInfo[];
  onClose: () => void;
  t: OppStrings;
}

export function DealReview({ id, lang, stages, criteria, onClose, t }: Props) {
  const all = useStored($opportunities, NO_RECORDS as Record<string, OpportunityRecord>);
  const sheets = useStored($worksheets, NO_RECORDS);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const o = all[id];
  if (!o) return <p className="notice">{t['opp.notFound']}</p>;

  const finding = findStage(
    stages.map((s) => ({ number: s.number, slug: s.slug, evidenceCount: s.evidence.length, vitalSign: s.vitalSign })),
    o,
  );
  const answers = sheets[sheetRecordId('opportunity-assessment', id)]?.body.answers ?? {};
  const withAnswer = (a: 'no' | 'unknown') =>
    criteria.filter((c) => answers[c.id]?.answer === a).map((c) => ({ ...c, note: answers[c.id]?.note ?? '' }));
  const risks = withAnswer('no');
  const unknowns = withAnswer('unknown');
  const next = finding.next;
  const nextStage = next ? stages.find((s) => s.number === next.stage)! : null;
  const vital = finding.vitalToStrengthen;

  return (
    <article className="opp-review" data-testid="deal-review">
      <p className="no-print opp-actions">
        <button type="button" onClick={() => window.print()}>
          {t['opp.print']}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t['opp.closeReview']}
        </button>
      </p>
      <h2 ref={heading} tabIndex={-1}>
        {format(t['opp.reviewTitle'], { name: o.name || t['opp.unnamed'] })}
      </h2>
      <dl className="opp-review-facts">
        <div>
          <dt>{t['opp.client']}</dt>
          <dd>{o.client || '—'}</dd>
        </div>
        <div>
          <dt>{t['opp.stage']}</dt>
          <dd>
            {format(t['opp.stageOption'], { n: o.stage })}: {stages[o.stage - 1]?.title}
          </dd>
        </div>
        <div>
          <dt>{t['opp.value']}</dt>
          <dd>{formatMoney(o.value, o.currency, lang) || '—'}</dd>
        </div>
        <div>
          <dt>{t['opp.closeDate']}</dt>
          <dd>{formatDay(o.closeDate, lang)}</dd>
        </div>
        {o.initiative && (
          <div className="opp-wide">
            <dt>{t['opp.initiative']}</dt>
            <dd>{o.initiative}</dd>
          </div>
        )}
      </dl>
      {finding.gaps.length > 0 && (
        <p className="notice warn">
          {format(t['opp.gap'], { stages: finding.gaps.join(', '), later: finding.reached.at(-1) ?? '' })}
        </p>
      )}

      <h3>{t['opp.outcomesTable']}</h3>
      <table className="opp-review-table">
        <tbody>
          {stages.map((s) => {
            const e = o.outcomes[s.slug];
            return (
              <tr key={s.slug}>
                <th scope="row">
                  {s.number}. {s.title}
                </th>
                <td>
                  {e?.reached ? format(t['opp.reachedOn'], { date: formatDay(e.reached, lang) }) : t['opp.notReached']}
                  {e && e.evidence.length > 0 && (
                    <ul>
                      {e.evidence.map((i) => (
                        <li key={i}>{s.evidence[i]}</li>
                      ))}
                    </ul>
                  )}
                  {e?.note && <p className="opp-review-note">{e.note}</p>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h3>{t['opp.vitals']}</h3>
      <ul>
        {stages
          .filter((s) => s.vitalSign && s.number >= 2 && s.number <= 5)
          .map((s) => (
            <li key={s.slug}>
              {s.vitalSign!.name}:{' '}
              <strong data-vital={o.vitals[s.slug] ?? 'unknown'}>
                {t[`opp.vital.${o.vitals[s.slug] ?? 'unknown'}`]}
              </strong>
            </li>
          ))}
      </ul>

      <div className="opp-review-cols">
        <section>
          <h3>{t['opp.risks']}</h3>
          {risks.length === 0 ? (
            <p className="muted">{t['opp.noRisks']}</p>
          ) : (
            <ul data-testid="review-risks">
              {risks.map((r) => (
                <li key={r.id}>
                  {r.text}
                  {r.note && <> — {r.note}</>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h3>{t['opp.unknowns']}</h3>
          {unknowns.length === 0 ? (
            <p className="muted">{t['opp.noUnknowns']}</p>
          ) : (
            <ul data-testid="review-unknowns">
              {unknowns.map((r) => (
                <li key={r.id}>
                  {r.text}
                  {r.note && <> — {r.note}</>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <h3>{t['opp.nextActions']}</h3>
      <ol data-testid="review-actions">
        {next &&
          nextStage &&
          next.evidence
            .filter((e) => !e.shown)
            .map((e) => (
              <li key={`e${e.index}`}>
                {format(t['opp.actionVerify'], { n: next.stage })} {nextStage.evidence[e.index]}
              </li>
            ))}
        {vital && (
          <li>
            {format(t['opp.actionVital'], {
              name: stages[vital.stage - 1]?.vitalSign?.name ?? vital.term,
              state: t[`opp.vital.${vital.state}`],
            })}
          </li>
        )}
        {unknowns.map((u) => (
          <li key={`u${u.id}`}>{format(t['opp.actionAsk'], { text: u.text })}</li>
        ))}
      </ol>
    </article>
  );
}
