/**
 * Flags on the capability table of the unique value call planner (`body.capabilities`).
 * Unique value is judged from the client's side, so a row is flagged when:
 * - we think we are stronger but the client is indifferent to the difference;
 * - we think we are stronger but do not know what the client thinks (not recorded = unknown);
 * - the row states no business value (empty rows are not flagged).
 */
import type { CapabilityRow } from './records';
import { isBlank, nextId } from './worksheet-body';

export type CapabilityFlag = 'stronger-not-valued' | 'stronger-unknown' | 'no-business-value';
/** Most rows the stored shape allows. */
export const MAX_CAPABILITIES = 100;

const textColumns = ['capability', 'ours', 'competitor', 'businessValue'] as const;

/** A row with nothing filled in. */
export function isRowEmpty(row: CapabilityRow): boolean {
  return textColumns.every((c) => isBlank(row[c])) && row.ourView === null && row.clientView === null;
}

/** A row with every column filled in. */
export function isRowComplete(row: CapabilityRow): boolean {
  return textColumns.every((c) => !isBlank(row[c])) && row.ourView !== null && row.clientView !== null;
}

/** The flags of one row, most serious first. */
export function capabilityFlags(row: CapabilityRow): CapabilityFlag[] {
  if (isRowEmpty(row)) return [];
  const flags: CapabilityFlag[] = [];
  if (row.ourView === 'stronger' && row.clientView === 'indifferent') flags.push('stronger-not-valued');
  if (row.ourView === 'stronger' && (row.clientView === 'unknown' || row.clientView === null))
    flags.push('stronger-unknown');
  if (isBlank(row.businessValue)) flags.push('no-business-value');
  return flags;
}

/** Rows where the client sees and values a difference we believe in: the unique value so far. */
export function provenDifferences(rows: readonly CapabilityRow[]): CapabilityRow[] {
  return rows.filter((r) => r.ourView === 'stronger' && r.clientView === 'values' && !isBlank(r.businessValue));
}

/** A new empty row with the next free id. */
export function newCapabilityRow(rows: readonly CapabilityRow[]): CapabilityRow {
  return {
    id: nextId(
      'capability',
      rows.map((r) => r.id),
    ),
    capability: '',
    ours: '',
    competitor: '',
    ourView: null,
    clientView: null,
    businessValue: '',
  };
}
