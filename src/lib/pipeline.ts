/**
 * The Manage view over all opportunities: which ones a filter shows, and the pipeline by
 * stage (count and estimated value per currency: values in different currencies are never
 * added together). Pure, and cheap enough to run on every keystroke for hundreds of deals.
 */
import type { OpportunityRecord } from './opportunity-record';

export interface OpportunityFilter {
  /** Words to find in the name, client or initiative (case-insensitive). */
  text: string;
  /** A stage number, or 0 for every stage. */
  stage: number;
  showArchived: boolean;
}

export type Listed = { id: string; record: OpportunityRecord };

export function filterOpportunities(all: Record<string, OpportunityRecord>, filter: OpportunityFilter): Listed[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  const out: Listed[] = [];
  for (const [id, record] of Object.entries(all)) {
    if (record.archived && !filter.showArchived) continue;
    if (filter.stage && record.stage !== filter.stage) continue;
    if (words.length) {
      const hay = `${record.name}\n${record.client}\n${record.initiative}`.toLowerCase();
      if (!words.every((w) => hay.includes(w))) continue;
    }
    out.push({ id, record });
  }
  // Nearest close date first; undated ones after, by name.
  return out.sort((a, b) => {
    const ad = a.record.closeDate ?? '9999';
    const bd = b.record.closeDate ?? '9999';
    return ad < bd ? -1 : ad > bd ? 1 : a.record.name.localeCompare(b.record.name);
  });
}

export interface PipelineRow {
  stage: number;
  count: number;
  /** Sum of estimated values by currency code ('' = no currency given). */
  values: Record<string, number>;
}

/** Open (not archived) opportunities by stage, 1 to 7. */
export function pipelineByStage(all: readonly OpportunityRecord[]): PipelineRow[] {
  const rows: PipelineRow[] = Array.from({ length: 7 }, (_, i) => ({ stage: i + 1, count: 0, values: {} }));
  for (const o of all) {
    if (o.archived) continue;
    const row = rows[o.stage - 1]!;
    row.count++;
    if (o.value !== null) row.values[o.currency] = (row.values[o.currency] ?? 0) + o.value;
  }
  return rows;
}
