import { describe, expect, it } from 'vitest';
import {
  boardCsv,
  boardColumns,
  checkBest,
  classAverages,
  createBoardReader,
  csvCell,
  findCode,
  learnerIdentity,
  MAX_BOARD_LINES,
  readBoard,
  sortRows,
  type BoardColumn,
} from '../../src/lib/results-board';
import { encodeResults, type ResultsSummary } from '../../src/lib/results-code';
import { fnv1a } from '../../src/lib/content-hash';

const known = { exercises: ['loudest-voice', 'door-opener'], worksheets: ['cra-planner', 'account-plan'] };
const learner = (name: string, best: number): ResultsSummary => ({
  name,
  read: ['noticing', 'identifying'],
  checks: [{ id: 'noticing', best, attempts: 1 }],
  exercises: [{ id: 'loudest-voice', best: 80 }],
  worksheets: [
    { id: 'cra-planner', completed: true },
    { id: 'account-plan', completed: false },
  ],
});
/** A code with a correct checksum over any body, as a forger would make it. */
const signed = (body: string) => `${body};k=${fnv1a(body)}`;
const headings = Object.fromEntries(boardColumns.map((c) => [c, c])) as Record<BoardColumn, string>;

describe('results board: reading lines', () => {
  it('reads one code per line, skips blank lines, tells damaged codes from chatter', () => {
    const text = [
      encodeResults(learner('Li Na', 90)),
      '',
      'hello',
      encodeResults(learner('Wang Lei', 70)),
      'SSM1;n=x;k=0',
    ].join('\n');
    const board = readBoard(text, known);
    expect(board.rows.map((r) => [r.line, r.summary.name])).toEqual([
      [1, 'Li Na'],
      [4, 'Wang Lei'],
    ]);
    expect(board.damaged).toEqual([{ line: 5, reason: 'unreadable' }]);
    expect(board.chatter).toBe(1);
  });

  it('reads codes pasted with a chat prefix or trailing text', () => {
    const code = encodeResults(learner('Li Na', 90));
    expect(findCode(`[10:32] Li Na: ${code}`)).toBe(code);
    expect(findCode(`Li Na 10:32 ${code}  thanks!`)).toBe(code);
    expect(findCode('see you at 10:32')).toBeNull();
    const board = readBoard(
      [`[10:32] Li Na: ${code}`, `[10:33] Zhao Min: ${encodeResults(learner('Zhao Min', 50))} `].join('\n'),
      known,
    );
    expect(board.rows.map((r) => r.summary.name)).toEqual(['Li Na', 'Zhao Min']);
    expect(board.damaged).toEqual([]);
  });

  it('a code cut short in the chat is damaged, not chatter', () => {
    const code = encodeResults(learner('Li Na', 90));
    const board = readBoard(`[10:32] Li Na: ${code.slice(0, 30)}`, known);
    expect(board.damaged).toEqual([{ line: 1, reason: 'unreadable' }]);
    expect(board.chatter).toBe(0);
  });
});

describe('results board: one learner', () => {
  it('identity is the exact name after trimming', () => {
    expect(learnerIdentity(' Wang Wei ')).toBe('Wang Wei');
    expect(learnerIdentity('wang wei')).not.toBe(learnerIdentity('Wang Wei'));
    expect(learnerIdentity('   ')).toBeNull();
  });

  it('"Wang Wei", "wang wei" and "Wang Wei " are not silently one row: two rows, and the merged lines are named', () => {
    const text = [
      encodeResults(learner('Wang Wei', 60)),
      encodeResults(learner('wang wei', 70)),
      signed('SSM1;n=Wang Wei ;r=1100000;c=noticing.95.1;x=;w='),
    ].join('\n');
    const board = readBoard(text, known);
    expect(board.rows.map((r) => r.summary.name)).toEqual(['wang wei', 'Wang Wei']);
    expect(board.merged).toEqual([{ name: 'Wang Wei', lines: [1, 3] }]);
    expect(checkBest(board.rows[1]!.summary, 'noticing')).toBe(95);
  });

  it('the same learner pasted twice counts once: the later line wins', () => {
    const board = readBoard(
      [encodeResults(learner('Li Na', 60)), encodeResults(learner('Li Na', 95))].join('\n'),
      known,
    );
    expect(board.rows).toHaveLength(1);
    expect(checkBest(board.rows[0]!.summary, 'noticing')).toBe(95);
  });

  it('keeps unnamed learners apart', () => {
    expect(
      readBoard([encodeResults(learner('', 60)), encodeResults(learner('', 70))].join('\n'), known).rows,
    ).toHaveLength(2);
  });
});

describe('results board: only what the site has', () => {
  it('a forged code claiming 120 exercises counts only the known ones, once each', () => {
    const fake = Array.from({ length: 120 }, (_, i) => `fake-${i}.100`).join(',');
    const code = signed(
      `SSM1;n=Forger;r=1111111;c=noticing.100.1,noticing.100.1,made-up.100.1;x=${fake},loudest-voice.90,loudest-voice.90;w=cra-planner.c,nope.c`,
    );
    const board = readBoard(code, known);
    const s = board.rows[0]!.summary;
    expect(s.exercises).toEqual([{ id: 'loudest-voice', best: 90 }]);
    expect(s.checks).toHaveLength(1);
    expect(s.worksheets).toEqual([{ id: 'cra-planner', completed: true }]);
    expect(board.unknownIds[0]!.ids).toContain('fake-119');
    expect(board.unknownIds[0]!.ids).toContain('made-up');
    expect(board.unknownIds[0]!.ids).toContain('nope');
  });
});

describe('results board: nothing cut without a word', () => {
  it('a paste longer than the board reads is reported with the first line not read', () => {
    const code = encodeResults(learner('', 60));
    const text = Array.from({ length: MAX_BOARD_LINES + 5 }, () => code).join('\n');
    const board = readBoard(text, known);
    expect(board.rows).toHaveLength(MAX_BOARD_LINES);
    expect(board.cutAtLine).toBe(MAX_BOARD_LINES + 1);
  });

  it('a paste over 400,000 characters is read in full', () => {
    const allChecks = [
      'noticing',
      'identifying',
      'validating',
      'qualifying',
      'conditionally-agreeing',
      'closing',
      'implementing',
      'final',
    ].map((id) => ({ id, best: 88, attempts: 12 }));
    const text = Array.from({ length: 2000 }, (_, i) =>
      encodeResults({ ...learner(`Learner ${i} ${'x'.repeat(40)}`, 1), checks: allChecks }),
    ).join('\n');
    expect(text.length).toBeGreaterThan(400_000);
    const board = readBoard(text, known);
    expect(board.rows).toHaveLength(2000);
    expect(board.cutAtLine).toBeNull();
  });

  it('reads in steps with progress, giving the same board', () => {
    const text = Array.from({ length: 50 }, (_, i) => encodeResults(learner(`L${i}`, i))).join('\n');
    const reader = createBoardReader(text, known);
    const progress: number[] = [];
    while (!reader.done()) progress.push(reader.step(20));
    expect(progress).toEqual([0.4, 0.8, 1]);
    expect(reader.result()).toEqual(readBoard(text, known));
  });
});

describe('results board: table and CSV', () => {
  const rows = readBoard(
    [
      encodeResults(learner('Zhao', 50)),
      encodeResults({ ...learner('Li', 90), checks: [] }),
      encodeResults(learner('Amy', 85)),
    ].join('\n'),
    known,
  ).rows;

  it('sorts by any column; checks not taken sort last both ways', () => {
    const collator = new Intl.Collator('en');
    expect(sortRows(rows, 'name', 'asc', collator).map((r) => r.summary.name)).toEqual(['Amy', 'Li', 'Zhao']);
    expect(sortRows(rows, 'noticing', 'desc', collator).map((r) => r.summary.name)).toEqual(['Amy', 'Zhao', 'Li']);
    expect(sortRows(rows, 'noticing', 'asc', collator).map((r) => r.summary.name)).toEqual(['Zhao', 'Amy', 'Li']);
  });

  it('class averages: checks over those who took them, with the pass rate', () => {
    const avg = classAverages(rows);
    expect(avg.noticing).toEqual({ mean: 67.5, taken: 2, passRate: 50 });
    expect(avg.read).toEqual({ mean: 2, taken: 3 });
    expect(avg.identifying).toBeUndefined();
  });

  it('defuses formulas and leading tabs or spaces in cells', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM("x")')).toBe(`"'@SUM(""x"")"`);
    expect(csvCell('\t=cmd')).toBe(`"'\t=cmd"`);
    expect(csvCell(' -2')).toBe("' -2");
    expect(csvCell('Zhao, Min')).toBe('"Zhao, Min"');
    expect(csvCell(85)).toBe('85');
  });

  it('CSV starts with a byte-order mark and has stage columns', () => {
    const csv = boardCsv(rows, headings);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(boardColumns.join(','));
    expect(csv.split('\r\n')[1]).toBe('Zhao,2,50,,,,,,,,1,1');
  });
});
