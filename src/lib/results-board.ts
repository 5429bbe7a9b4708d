/**
 * The instructor's results board: many pasted results codes in, one row per learner out,
 * and the same table as CSV. Pure: nothing is stored.
 */
import { decodeResults, type ResultsSummary } from './results-code';
import { stageSlugs } from './vocabulary';

export interface BoardRow {
  /** 1-based line of the code in the pasted text. */
  line: number;
  summary: ResultsSummary;
}
export interface Board {
  rows: BoardRow[];
  /** Lines that hold something but are not a readable code. */
  rejected: number[];
}

/** The check columns, in order: the seven stages, then the final assessment. */
export const boardChecks = [...stageSlugs, 'final'] as const;

/** Reads one code per line; blank lines are skipped. A learner pasting twice counts once (last line wins). */
export function readBoard(text: string): Board {
  const byLearner = new Map<string, BoardRow>();
  const rejected: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const code = raw.trim();
    if (code === '') return;
    const decoded = decodeResults(code);
    if (!decoded.ok) {
      rejected.push(index + 1);
      return;
    }
    const key = decoded.summary.name.trim().toLowerCase() || `#${index + 1}`;
    byLearner.set(key, { line: index + 1, summary: decoded.summary });
  });
  return { rows: [...byLearner.values()].sort((a, b) => a.line - b.line), rejected };
}

/** Best score of one check, or null when not taken. */
export function checkBest(summary: ResultsSummary, checkId: string): number | null {
  return summary.checks.find((c) => c.id === checkId)?.best ?? null;
}

const csvCell = (value: string | number) => {
  const text = String(value);
  // Quote when needed, and defuse spreadsheet formulas in names.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The board as CSV, with the given column headings (translated by the caller). */
export function boardCsv(board: Board, headings: { name: string; read: string; exercises: string; worksheets: string; checks: string[] }): string {
  const head = [headings.name, headings.read, ...headings.checks, headings.exercises, headings.worksheets];
  const lines = board.rows.map(({ summary: s }) => [
    s.name,
    s.read.length,
    ...boardChecks.map((id) => checkBest(s, id) ?? ''),
    s.exercises.length,
    s.worksheets.filter((w) => w.completed).length,
  ]);
  return [head, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\n') + '\n';
}
