import { describe, expect, it } from 'vitest';
import { fieldText, isBlank, nextId, removeRow, setField, updateRow } from '../../src/lib/worksheet-body';
import { assessmentAnswers, clampStage, setAnswer, setNote } from '../../src/lib/worksheet-opportunities';

describe('worksheet-body', () => {
  it.each([
    ['', true],
    ['  \n', true],
    [undefined, true],
    ['x', false],
  ] as const)('isBlank(%j) = %s', (text, expected) => {
    expect(isBlank(text)).toBe(expected);
  });
  it('sets and clears fields, capping their length', () => {
    const body = setField({}, 'a', 'x'.repeat(200_000));
    expect(fieldText(body, 'a')).toHaveLength(100_000);
    expect(setField(body, 'a', '').fields).toEqual({});
  });
  it.each([
    [[], 'row-1'],
    [['row-1', 'row-3'], 'row-4'],
    [['other-9', 'row-x'], 'row-1'],
  ] as const)('nextId after %j is %s', (ids, expected) => {
    expect(nextId('row', ids)).toBe(expected);
  });
  it('updates and removes rows by id', () => {
    const rows = [
      { id: 'a', v: 1 },
      { id: 'b', v: 2 },
    ];
    expect(updateRow(rows, 'b', { v: 3 })).toEqual([
      { id: 'a', v: 1 },
      { id: 'b', v: 3 },
    ]);
    expect(removeRow(rows, 'a')).toEqual([{ id: 'b', v: 2 }]);
  });
});

describe('worksheet-opportunities (assessment answers, v2)', () => {
  it('keeps note and answer apart', () => {
    let body = setNote(setAnswer({}, 'budget', 'yes'), 'budget', 'CFO confirmed');
    body = setAnswer(body, 'budget', null);
    expect(assessmentAnswers(body)['budget']).toEqual({ answer: null, note: 'CFO confirmed' });
    expect(setNote({}, 'x', 'n'.repeat(100_001)).answers!['x']!.note).toHaveLength(100_000);
  });
  it('clamps a stage', () => {
    expect([clampStage(9), clampStage(0), clampStage(4), clampStage(Number.NaN)]).toEqual([7, 1, 4, 2]);
  });
});
