/** Class results drawn as bar charts (inline SVG, which the CSP allows) with a table beside each. */
import type { ReactNode } from 'react';
import type { ClassResults } from '../../lib/class-results';
import { format } from '../../i18n/format';
import type { ClassStrings } from './board-strings';
import { Icon } from '../Icon';

interface Props {
  results: ClassResults;
  names: Record<string, string>;
  t: ClassStrings;
}

/** A label cut to fit beside its bar: a CJK character takes about two Latin letters' width. */
function fit(name: string, room = 20): string {
  let used = 0;
  for (const [i, ch] of [...name].entries()) {
    used += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
    if (used > room) return `${[...name].slice(0, i).join('')}…`;
  }
  return name;
}

/** A horizontal bar for a value 0..100; the number is in the table beside it. */
function Bars({ label, items }: { label: string; items: { name: string; value: number | null }[] }) {
  const row = 28;
  return (
    <svg
      className="bars"
      role="img"
      aria-label={label}
      viewBox={`0 0 300 ${items.length * row}`}
      preserveAspectRatio="xMinYMin meet"
    >
      {items.map((item, i) => (
        <g key={item.name} transform={`translate(0 ${i * row})`}>
          <text x="0" y="17" className="bar-label">
            {fit(item.name)}
          </text>
          <rect x="140" y="5" width="150" height="16" className="bar-track" />
          {item.value !== null && <rect x="140" y="5" width={1.5 * item.value} height="16" className="bar-fill" />}
        </g>
      ))}
    </svg>
  );
}

function Panel({
  title,
  chart,
  children,
  note,
}: {
  title: string;
  chart: ReactNode;
  children: ReactNode;
  note?: string;
}) {
  return (
    <section className="class-panel">
      <h3>{title}</h3>
      {note && <p className="muted">{note}</p>}
      <div className="chart-and-table">
        <div aria-hidden="false">{chart}</div>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={title}>
          {children}
        </div>
      </div>
    </section>
  );
}

const dash = (v: number | null, suffix = '') => (v === null ? '–' : `${v}${suffix}`);

export function ClassCharts({ results, names, t }: Props) {
  const name = (id: string) => names[id] ?? id;
  const stages = [
    ...results.stages.map((s) => ({ id: s.slug, read: s.readShare as number | null, check: s.check })),
    { id: 'final', read: null, check: results.final },
  ];
  const missed = results.missed.slice(0, 10);
  const { roles, cells, expected } = results.confusion;
  return (
    <div className="class-charts">
      <Panel
        title={t['class.stagesTitle']}
        chart={
          <Bars
            label={format(t['class.chart'], { title: t['class.checkAverage'] })}
            items={stages.map((s) => ({ name: name(s.id), value: s.check.average }))}
          />
        }
      >
        <table data-testid="class-stages">
          <thead>
            <tr>
              <th scope="col">{t['class.stage']}</th>
              <th scope="col">{t['class.readShare']}</th>
              <th scope="col">{t['class.taken']}</th>
              <th scope="col">{t['class.checkAverage']}</th>
              <th scope="col">{t['class.checkPass']}</th>
            </tr>
          </thead>
          <tbody>
            {stages.map((s) => (
              <tr key={s.id}>
                <th scope="row">{name(s.id)}</th>
                <td>{dash(s.read, '%')}</td>
                <td>{s.check.taken}</td>
                <td>{dash(s.check.average, '%')}</td>
                <td>{dash(s.check.passRate, '%')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      <Panel
        title={t['class.exercisesTitle']}
        chart={
          <Bars
            label={format(t['class.chart'], { title: t['class.exerciseAverage'] })}
            items={results.exercises.map((e) => ({ name: name(e.id), value: e.average }))}
          />
        }
      >
        <table data-testid="class-exercises">
          <thead>
            <tr>
              <th scope="col">{t['class.exercise']}</th>
              <th scope="col">{t['class.taken']}</th>
              <th scope="col">{t['class.exerciseAverage']}</th>
            </tr>
          </thead>
          <tbody>
            {results.exercises.map((e) => (
              <tr key={e.id}>
                <th scope="row">{name(e.id)}</th>
                <td>{e.taken}</td>
                <td>{dash(e.average, '%')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      <Panel
        title={t['class.missedTitle']}
        note={t['class.missedNote']}
        chart={
          <Bars
            label={format(t['class.chart'], { title: t['class.missedShare'] })}
            items={missed.map((m) => ({ name: name(`${m.caseId}/${m.contactId}`), value: m.share }))}
          />
        }
      >
        {missed.length === 0 ? (
          <p>{t['class.none']}</p>
        ) : (
          <table data-testid="class-missed">
            <thead>
              <tr>
                <th scope="col">{t['class.contact']}</th>
                <th scope="col">{t['class.exercise']}</th>
                <th scope="col">{t['class.answered']}</th>
                <th scope="col">{t['class.missedShare']}</th>
              </tr>
            </thead>
            <tbody>
              {missed.map((m) => (
                <tr key={`${m.caseId}/${m.contactId}`}>
                  <th scope="row">{name(`${m.caseId}/${m.contactId}`)}</th>
                  <td>{name(m.caseId)}</td>
                  <td>{m.answered}</td>
                  <td>{m.share}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
      <section className="class-panel">
        <h3>{t['class.confusionTitle']}</h3>
        <p className="muted">{t['class.confusionNote']}</p>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t['class.confusionTitle']}>
          <table className="confusion" data-testid="class-confusion">
            <thead>
              <tr>
                <th scope="col">
                  {t['class.expected']} <Icon name="arrow-down" /> · {t['class.chosen']} <Icon name="arrow-right" />
                </th>
                {roles.map((r) => (
                  <th scope="col" key={r}>
                    {name(r)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {roles.map((r, i) => (
                <tr key={r}>
                  <th scope="row">
                    {name(r)} <span className="muted">({expected[i]})</span>
                  </th>
                  {cells[i]!.map((count, j) => {
                    const share = expected[i] ? count / expected[i]! : 0;
                    const heat = count === 0 ? 0 : share >= 0.5 ? 3 : share >= 0.2 ? 2 : 1;
                    return (
                      <td key={roles[j]} className={`heat-${heat}${i === j ? ' diagonal' : ''}`}>
                        {count}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
