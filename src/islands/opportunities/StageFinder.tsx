/**
 * The stage finder of one opportunity: per stage, tick the evidence the client has shown and
 * whether the outcome is verified (with its date and a note); the finding above says which
 * stage the deal is really in, what to verify next, and which vital sign to strengthen.
 */
import { useMemo } from 'react';
import { format } from '../../i18n/format';
import type { OpportunityRecord } from '../../lib/opportunity-record';
import { setOutcome } from '../../lib/opportunity-edits';
import { findStage } from '../../lib/stage-finder';
import { updateOpportunity } from '../../stores/opportunities';
import { today } from './format';
import type { OppStrings, SheetInfo, StageInfo } from './types';
import { Icon } from '../Icon';

interface Props {
  id: string;
  opportunity: OpportunityRecord;
  stages: StageInfo[];
  sheets: SheetInfo[];
  t: OppStrings;
}

export function StageFinder({ id, opportunity, stages, sheets, t }: Props) {
  const facts = useMemo(
    () =>
      stages.map((s) => ({ number: s.number, slug: s.slug, evidenceCount: s.evidence.length, vitalSign: s.vitalSign })),
    [stages],
  );
  const finding = findStage(facts, opportunity);
  const stageOf = (n: number) => stages.find((s) => s.number === n)!;
  const current = stageOf(finding.current);
  const change = (slug: string, edit: Parameters<typeof setOutcome>[2]) =>
    updateOpportunity(id, (o) => setOutcome(o, slug, edit));
  const vital = finding.vitalToStrengthen;
  const tools = sheets.filter((s) => s.stages.includes(finding.current));

  return (
    <section className="opp-section" aria-labelledby="finder-title">
      <h2 id="finder-title">{t['opp.finder']}</h2>
      <div className="opp-finding" data-testid="finding" aria-live="polite">
        <p className="opp-finding-stage">
          <strong>
            {finding.allReached
              ? t['opp.allReached']
              : format(t['opp.current'], { n: current.number, title: current.title })}
          </strong>
        </p>
        {finding.gaps.length > 0 && (
          <p className="notice warn" data-testid="finder-gap">
            {format(t['opp.gap'], { stages: finding.gaps.join(', '), later: finding.reached.at(-1) ?? '' })}
          </p>
        )}
        {finding.next && (
          <div>
            <p>
              {format(t['opp.next'], { n: finding.next.stage })} <q>{stageOf(finding.next.stage).outcome}</q>
            </p>
            <p className="muted">
              {finding.next.ready
                ? t['opp.nextReady']
                : format(t['opp.nextShown'], {
                    shown: finding.next.evidence.filter((e) => e.shown).length,
                    total: finding.next.evidence.length,
                  })}
            </p>
            <ul className="opp-evidence-list">
              {finding.next.evidence.map((e) => (
                <li key={e.index} data-shown={e.shown}>
                  <Icon name={e.shown ? 'check' : 'circle'} /> {stageOf(finding.next!.stage).evidence[e.index]}
                </li>
              ))}
            </ul>
          </div>
        )}
        <p data-testid="vital-advice">
          {vital
            ? format(t['opp.vitalAdvice'], {
                name: stageOf(vital.stage).vitalSign?.name ?? vital.term,
                state: t[`opp.vital.${vital.state}`],
                n: vital.stage,
              })
            : t['opp.vitalNone']}
        </p>
        {finding.stageDiffers && (
          <p>
            {format(t['opp.stageDiffers'], { recorded: opportunity.stage, found: finding.current })}{' '}
            <button
              type="button"
              className="secondary"
              onClick={() => updateOpportunity(id, (o) => ({ ...o, stage: finding.current }))}
            >
              {format(t['opp.useStage'], { n: finding.current })}
            </button>
          </p>
        )}
        <ul className="opp-links">
          <li>
            <a href={current.href}>{format(t['opp.readStage'], { n: current.number, title: current.title })}</a>
          </li>
          <li>
            <a href={current.checkHref}>{format(t['opp.takeCheck'], { n: current.number })}</a>
          </li>
          {tools.map((s) => (
            <li key={s.id}>
              <a href={`${s.href}?opportunity=${id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </div>

      <p className="muted">{t['opp.finderLead']}</p>
      <ol className="opp-stages">
        {stages.map((s) => {
          const entry = opportunity.outcomes[s.slug];
          const reached = Boolean(entry?.reached);
          const base = `stage-${s.slug}`;
          return (
            <li key={s.slug} data-testid={`outcome-${s.slug}`} data-reached={reached}>
              <details open={s.number === finding.current || finding.gaps.includes(s.number)}>
                <summary>
                  <span className="opp-stage-tag" data-stage={s.number}>
                    {s.number}
                  </span>{' '}
                  {s.title}
                  {reached && <span className="tag">{format(t['opp.reachedOn'], { date: entry!.reached! })}</span>}
                </summary>
                <p>
                  <strong>{t['opp.outcomeOf']}</strong> {s.outcome}
                </p>
                <fieldset>
                  <legend>{t['opp.evidence']}</legend>
                  {s.evidence.map((text, i) => (
                    <label key={i} className="opp-check">
                      <input
                        type="checkbox"
                        checked={entry?.evidence.includes(i) ?? false}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          change(s.slug, (x) => ({
                            ...x,
                            evidence: on ? [...x.evidence, i] : x.evidence.filter((n) => n !== i),
                          }));
                        }}
                      />
                      <span>{text}</span>
                    </label>
                  ))}
                </fieldset>
                <div className="opp-reached">
                  <label className="opp-check">
                    <input
                      type="checkbox"
                      checked={reached}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        change(s.slug, (x) => ({ ...x, reached: on ? (x.reached ?? today()) : null }));
                      }}
                    />
                    <span>{format(t['opp.reached'], { n: s.number })}</span>
                  </label>
                  {reached && (
                    <div className="opp-field">
                      <label htmlFor={`${base}-date`}>{format(t['opp.reachedDate'], { n: s.number })}</label>
                      <input
                        id={`${base}-date`}
                        type="date"
                        value={entry!.reached!}
                        onChange={(e) => {
                          const v = e.currentTarget.value;
                          if (v) change(s.slug, (x) => ({ ...x, reached: v }));
                        }}
                      />
                    </div>
                  )}
                </div>
                <div className="opp-field">
                  <label htmlFor={`${base}-note`}>{t['opp.note']}</label>
                  <textarea
                    id={`${base}-note`}
                    rows={2}
                    maxLength={100_000}
                    value={entry?.note ?? ''}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      change(s.slug, (x) => ({ ...x, note: v }));
                    }}
                  />
                </div>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
