/**
 * The instructor's results board: many pasted results codes in, one row per learner out,
 * and the same table as CSV. Pure: nothing is stored.
 *
 * Rules (each tested in test/unit/results-board.test.ts):
 * - A line holds a code when it contains `SSM1;` anywhere (a chat prefix such as
 *   "[10:32] Li Na: " is skipped); the code runs to its checksum. A line with a code that
 *   does not decode is *damaged*; a line without `SSM1;` is *chatter* and only counted.
 * - One learner = the exact name after trimming (Unicode NFC, case and inner spaces kept), so
 *   "Wang Wei" and "wang wei" are two rows. Unnamed codes never merge. When two lines are
 *   the same learner the later line wins and the board says which lines were merged.
 * - Only ids the site knows count: stage checks and the final, and the exercise and
 *   worksheet ids given by the page; each id once. Unknown ids are dropped and reported.
 * - At most MAX_BOARD_LINES lines and MAX_BOARD_CHARS characters are read; the rest is
 *   reported as cut, never dropped silently.
 */
import { decodeResults, MAX_CODE_LENGTH, type ResultsSummary } from './results-code';
import { stageSlugs } from './vocabulary';

export const MAX_BOARD_LINES = 20_000;
export const MAX_BOARD_CHARS = 20_000_000;
const PASS_MARK = 80;

/** The check columns, in order: the seven stages, then the final assessment. */
export const boardChecks = [...stageSlugs, 'final'] as const;

/** The ids this site has; codes claiming others are trimmed to these. */
export interface KnownIds {
  exercises: readonly string[];
  worksheets: readonly string[];
}

export interface BoardRow {
  /** 1-based line of the code in the pasted text. */
  line: number;
  summary: ResultsSummary;
}
export interface Board {
  rows: BoardRow[];
  /** Lines holding a results code that cannot be read (changed, cut short, too long). */
  damaged: { line: number; reason: 'too-long' | 'unreadable' }[];
  /** How many non-blank lines held no code at all (chat messages and the like). */
  chatter: number;
  /** Groups of lines taken as one learner (same trimmed name); the last line counts. */
  merged: { name: string; lines: number[] }[];
  /** Lines whose code named ids this site does not have (ignored). */
  unknownIds: { line: number; ids: string[] }[];
  /** Set when the text was longer than the board reads: the first line not read. */
  cutAtLine: number | null;
}

/** A learner's identity on the board: the exact name after trimming, or null when unnamed. */
export function learnerIdentity(name: string): string | null {
  const id = name.normalize('NFC').trim();
  return id === '' ? null : id;
}

/** The code inside a pasted line (after any chat prefix), or null when there is none. */
export function findCode(line: string): string | null {
  const start = line.indexOf('SSM1;');
  if (start < 0) return null;
  const rest = line.slice(start);
  const end = /;k=[0-9a-f]{8}(?![0-9a-f])/.exec(rest);
  return end ? rest.slice(0, end.index + end[0].length) : rest.trim();
}

/** Keeps only ids the site knows, each once; returns the cleaned summary and the dropped ids. */
function keepKnown(summary: ResultsSummary, known: KnownIds): { summary: ResultsSummary; dropped: string[] } {
  const dropped: string[] = [];
  const filter = <T extends { id: string }>(items: T[], allowed: ReadonlySet<string>) => {
    const seen = new Set<string>();
    return items.filter((item) => {
      if (!allowed.has(item.id)) dropped.push(item.id);
      else if (!seen.has(item.id)) return seen.add(item.id);
      return false;
    });
  };
  return {
    summary: {
      ...summary,
      checks: filter(summary.checks, new Set<string>(boardChecks)),
      exercises: filter(summary.exercises, new Set(known.exercises)),
      worksheets: filter(summary.worksheets, new Set(known.worksheets)),
    },
    dropped: [...new Set(dropped)],
  };
}

/**
 * Reads a board step by step, so a long paste never blocks the page: `step(n)` reads up to
 * n more lines and returns the share read so far (0..1); `result()` gives the board.
 */
export function createBoardReader(text: string, known: KnownIds) {
  const cutByChars = text.length > MAX_BOARD_CHARS;
  const lines = (cutByChars ? text.slice(0, MAX_BOARD_CHARS) : text).split(/\r?\n/);
  // A line cut in the middle by the character limit is not read either.
  if (cutByChars) lines.pop();
  const cutAtLine = lines.length > MAX_BOARD_LINES ? MAX_BOARD_LINES + 1 : cutByChars ? lines.length + 1 : null;
  const total = Math.min(lines.length, MAX_BOARD_LINES);
  const byLearner = new Map<string, BoardRow>();
  const linesOf = new Map<string, number[]>();
  const board: Omit<Board, 'rows' | 'merged'> = { damaged: [], chatter: 0, unknownIds: [], cutAtLine };
  let next = 0;

  const readLine = (raw: string, line: number) => {
    if (raw.trim() === '') return;
    const code = findCode(raw);
    if (code === null) {
      board.chatter++;
      return;
    }
    const decoded = decodeResults(code);
    if (!decoded.ok) {
      board.damaged.push({ line, reason: code.length > MAX_CODE_LENGTH ? 'too-long' : 'unreadable' });
      return;
    }
    const { summary, dropped } = keepKnown(decoded.summary, known);
    if (dropped.length > 0) board.unknownIds.push({ line, ids: dropped });
    const key = learnerIdentity(summary.name) ?? `#${line}`;
    byLearner.set(key, { line, summary: { ...summary, name: summary.name.trim() } });
    linesOf.set(key, [...(linesOf.get(key) ?? []), line]);
  };

  return {
    total,
    step(count: number): number {
      const stop = Math.min(total, next + count);
      for (; next < stop; next++) readLine(lines[next]!, next + 1);
      return total === 0 ? 1 : next / total;
    },
    done: () => next >= total,
    result(): Board {
      const merged = [...linesOf].filter(([, l]) => l.length > 1).map(([name, l]) => ({ name, lines: l }));
      return { ...board, rows: [...byLearner.values()].sort((a, b) => a.line - b.line), merged };
    },
  };
}

/** Reads the whole board at once (tests, small pastes). */
export function readBoard(text: string, known: KnownIds): Board {
  const reader = createBoardReader(text, known);
  reader.step(reader.total);
  return reader.result();
}

/** Best score of one check, or null when not taken. */
export function checkBest(summary: ResultsSummary, checkId: string): number | null {
  return summary.checks.find((c) => c.id === checkId)?.best ?? null;
}

/** The board's columns, in display order. */
export type BoardColumn = 'name' | 'read' | (typeof boardChecks)[number] | 'exercises' | 'worksheets';
export const boardColumns: readonly BoardColumn[] = ['name', 'read', ...boardChecks, 'exercises', 'worksheets'];

/** One cell's value: a name, a count, a score, or null (check not taken). */
export function cellValue(summary: ResultsSummary, column: BoardColumn): string | number | null {
  if (column === 'name') return summary.name;
  if (column === 'read') return summary.read.length;
  if (column === 'exercises') return summary.exercises.length;
  if (column === 'worksheets') return summary.worksheets.filter((w) => w.completed).length;
  return checkBest(summary, column);
}

/** Rows sorted by a column; checks not taken always sort last, ties keep paste order. */
export function sortRows(
  rows: readonly BoardRow[],
  column: BoardColumn,
  direction: 'asc' | 'desc',
  collator: Intl.Collator,
): BoardRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = cellValue(a.summary, column);
    const y = cellValue(b.summary, column);
    if (x === null || y === null) return x === y ? a.line - b.line : x === null ? 1 : -1;
    const order = typeof x === 'string' || typeof y === 'string' ? collator.compare(String(x), String(y)) : x - y;
    return order === 0 ? a.line - b.line : sign * order;
  });
}

/** The class averages row: per column the mean (checks: over those who took it, with the pass rate). */
export function classAverages(
  rows: readonly BoardRow[],
): Partial<Record<BoardColumn, { mean: number; taken: number; passRate?: number }>> {
  const out: Partial<Record<BoardColumn, { mean: number; taken: number; passRate?: number }>> = {};
  for (const column of boardColumns) {
    if (column === 'name') continue;
    const values = rows.map((r) => cellValue(r.summary, column)).filter((v): v is number => typeof v === 'number');
    if (values.length === 0) continue;
    const mean = Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;
    const isCheck = (boardChecks as readonly string[]).includes(column);
    out[column] = isCheck
      ? {
          mean,
          taken: values.length,
          passRate: Math.round((values.filter((v) => v >= PASS_MARK).length / values.length) * 100),
        }
      : { mean, taken: values.length };
  }
  return out;
}

/** One CSV cell: quoted when needed; a leading formula sign, tab or space is defused with a quote mark. */
export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\s]/.test(text) ? `'${text}` : text;
  return /[",\r\n\t;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The board as CSV (UTF-8 with a byte-order mark, so spreadsheets show Chinese names), headings translated by the caller. */
export function boardCsv(rows: readonly BoardRow[], headings: Record<BoardColumn, string>): string {
  const lines = rows.map(({ summary }) => boardColumns.map((c) => cellValue(summary, c) ?? ''));
  return (
    '\uFEFF' +
    [boardColumns.map((c) => headings[c]), ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n') +
    '\r\n'
  );
}
