/**
 * The opportunities as CSV for a spreadsheet: one row per opportunity, then one per snapshot,
 * told apart by the first column. Starts with a byte-order mark so that Excel reads Chinese
 * names correctly.
 */
import type { OpportunityRecord, SnapshotsRecord } from './opportunity-record';
import { stageSlugs } from './vocabulary';

const cell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  // Quote when needed; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const CSV_HEADER = [
  'row',
  'opportunity',
  'name',
  'client',
  'initiative',
  'stage',
  'value',
  'currency',
  'close date',
  'archived',
  'outcomes verified',
  'vital signs',
  'date',
] as const;

const vitalsText = (vitals: Record<string, string>) =>
  stageSlugs
    .filter((s) => vitals[s])
    .map((s) => `${s}=${vitals[s]}`)
    .join(' ');

export function opportunitiesCsv(
  opportunities: Record<string, OpportunityRecord>,
  snapshots: Record<string, SnapshotsRecord>,
): string {
  const lines: (string | number | null)[][] = [[...CSV_HEADER]];
  const ids = Object.keys(opportunities).sort((a, b) => opportunities[a]!.name.localeCompare(opportunities[b]!.name));
  for (const id of ids) {
    const o = opportunities[id]!;
    const reached = stageSlugs.flatMap((s, i) => (o.outcomes[s]?.reached ? [i + 1] : [])).join(' ');
    lines.push([
      'opportunity',
      id,
      o.name,
      o.client,
      o.initiative,
      o.stage,
      o.value,
      o.currency,
      o.closeDate,
      o.archived ? 'yes' : 'no',
      reached,
      vitalsText(o.vitals),
      o.updatedAt,
    ]);
  }
  for (const id of ids) {
    const o = opportunities[id]!;
    for (const s of snapshots[id]?.items ?? []) {
      lines.push([
        s.manual ? 'snapshot' : 'daily snapshot',
        id,
        o.name,
        o.client,
        '',
        s.stage,
        s.value,
        o.currency,
        '',
        '',
        s.reached.join(' '),
        vitalsText(s.vitals),
        s.at,
      ]);
    }
  }
  return '\uFEFF' + lines.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}
