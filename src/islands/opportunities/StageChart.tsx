/** An opportunity's stage over time, from its snapshots: an inline SVG step line (no library). */
import { format } from '../../i18n/format';
import type { Snapshot } from '../../lib/opportunity-record';
import { formatDay } from './format';
import type { OppStrings } from './types';

const W = 320;
const H = 150;
const PAD = { left: 26, right: 8, top: 8, bottom: 22 };

export function StageChart({ items, lang, t }: { items: readonly Snapshot[]; lang: string; t: OppStrings }) {
  if (items.length === 0) return null;
  const times = items.map((s) => Date.parse(s.at));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const span = Math.max(last - first, 1);
  const x = (time: number) => PAD.left + ((time - first) / span) * (W - PAD.left - PAD.right);
  const y = (stage: number) => PAD.top + ((7 - stage) / 6) * (H - PAD.top - PAD.bottom);
  // A step line: the stage holds until the next snapshot.
  let path = '';
  items.forEach((s, i) => {
    const px = items.length === 1 ? W / 2 : x(times[i]!);
    path += i === 0 ? `M${px.toFixed(1)},${y(s.stage).toFixed(1)}` : `H${px.toFixed(1)}V${y(s.stage).toFixed(1)}`;
  });
  const label = format(t['opp.chartLabel'], {
    from: items[0]!.stage,
    fromDate: formatDay(items[0]!.at, lang),
    to: items.at(-1)!.stage,
    toDate: formatDay(items.at(-1)!.at, lang),
    n: items.length,
  });
  return (
    <figure className="opp-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-testid="stage-chart">
        {[1, 2, 3, 4, 5, 6, 7].map((n) => (
          <g key={n}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(n)} y2={y(n)} className="opp-chart-grid" />
            <text x={PAD.left - 6} y={y(n) + 4} textAnchor="end" className="opp-chart-axis">
              {n}
            </text>
          </g>
        ))}
        <path d={path} className="opp-chart-line" fill="none" />
        {items.map((s, i) => (
          <circle
            key={i}
            cx={items.length === 1 ? W / 2 : x(times[i]!)}
            cy={y(s.stage)}
            r={s.manual ? 4 : 2.5}
            className={s.manual ? 'opp-chart-manual' : 'opp-chart-auto'}
          />
        ))}
        <text x={PAD.left} y={H - 6} className="opp-chart-axis">
          {formatDay(items[0]!.at, lang)}
        </text>
        <text x={W - PAD.right} y={H - 6} textAnchor="end" className="opp-chart-axis">
          {formatDay(items.at(-1)!.at, lang)}
        </text>
      </svg>
      <figcaption className="muted">{label}</figcaption>
    </figure>
  );
}
