import { describe, expect, it } from 'vitest';
import { boardCsv, checkBest, readBoard } from '../../src/lib/results-board';
import { encodeResults, type ResultsSummary } from '../../src/lib/results-code';

const learner = (name: string, best: number): ResultsSummary => ({
  name,
  read: ['noticing', 'identifying'],
  checks: [{ id: 'noticing', best, attempts: 1 }],
  exercises: [{ id: 'loudest-voice', best: 80 }],
  worksheets: [{ id: 'cra-planner', completed: true }, { id: 'account-plan', completed: false }],
});

describe('results board', () => {
  it('reads one code per line, skips blank lines and reports unreadable ones by line', () => {
    const text = [encodeResults(learner('Li Na', 90)), '', 'hello', encodeResults(learner('Wang Lei', 70)), 'SSM1;n=x;k=0'].join('\n');
    const board = readBoard(text);
    expect(board.rows.map((r) => [r.line, r.summary.name])).toEqual([[1, 'Li Na'], [4, 'Wang Lei']]);
    expect(board.rejected).toEqual([3, 5]);
  });

  it('counts a learner once: the last code pasted wins', () => {
    const board = readBoard([encodeResults(learner('Li Na', 60)), encodeResults(learner('li na', 95))].join('\n'));
    expect(board.rows).toHaveLength(1);
    expect(checkBest(board.rows[0]!.summary, 'noticing')).toBe(95);
  });

  it('keeps unnamed learners apart', () => {
    expect(readBoard([encodeResults(learner('', 60)), encodeResults(learner('', 70))].join('\n')).rows).toHaveLength(2);
  });

  it('writes CSV with quoting and defused formulas', () => {
    const board = readBoard([encodeResults(learner('@SUM("x")', 90)), encodeResults(learner('Zhao, Min', 50))].join('\n'));
    const csv = boardCsv(board, { name: 'Name', read: 'Read', exercises: 'Ex', worksheets: 'WS', checks: ['1', '2', '3', '4', '5', '6', '7', 'F'] });
    expect(csv.split('\n')[0]).toBe('Name,Read,1,2,3,4,5,6,7,F,Ex,WS');
    expect(csv.split('\n')[1]).toBe(`"'@SUM(""x"")",2,90,,,,,,,,1,1`);
    expect(csv.split('\n')[2]).toBe('"Zhao, Min",2,50,,,,,,,,1,1');
  });
});
