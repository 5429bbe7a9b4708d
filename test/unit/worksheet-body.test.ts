import { describe, expect, it } from 'vitest';
import { fieldText, isBlank, nextId, removeRow, setField, updateRow } from '../../src/lib/worksheet-body';
import { activeOpportunity, addOpportunity, deleteOpportunity, MAX_OPPORTUNITIES, renameOpportunity, setAnswer, setNote, setStage, switchOpportunity, updateActive } from '../../src/lib/worksheet-opportunities';
import { worksheetBody } from '../../src/lib/records';
import type { WorksheetBody } from '../../src/lib/records';

describe('worksheet-body', () => {
  it.each([
    ['', true], ['  \n', true], [undefined, true], ['x', false],
  ] as const)('isBlank(%j) = %s', (text, expected) => {
    expect(isBlank(text)).toBe(expected);
  });
  it('sets and clears fields, capping their length', () => {
    const body = setField({}, 'a', 'x'.repeat(200_000));
    expect(fieldText(body, 'a')).toHaveLength(100_000);
    expect(setField(body, 'a', '').fields).toEqual({});
  });
  it.each([
    [[], 'row-1'], [['row-1', 'row-3'], 'row-4'], [['other-9', 'row-x'], 'row-1'],
  ] as const)('nextId after %j is %s', (ids, expected) => {
    expect(nextId('row', ids)).toBe(expected);
  });
  it('updates and removes rows by id', () => {
    const rows = [{ id: 'a', v: 1 }, { id: 'b', v: 2 }];
    expect(updateRow(rows, 'b', { v: 3 })).toEqual([{ id: 'a', v: 1 }, { id: 'b', v: 3 }]);
    expect(removeRow(rows, 'a')).toEqual([{ id: 'b', v: 2 }]);
  });
});

describe('worksheet-opportunities', () => {
  const two = addOpportunity(addOpportunity({}, 'Dairy'), 'Brewery');
  it('adds opportunities and makes the new one active', () => {
    expect(two.opportunities!.map((o) => [o.id, o.name, o.stage])).toEqual([['opportunity-1', 'Dairy', 2], ['opportunity-2', 'Brewery', 2]]);
    expect(activeOpportunity(two)!.id).toBe('opportunity-2');
  });
  it('switches, renames and deletes', () => {
    const switched = switchOpportunity(two, 'opportunity-1');
    expect(activeOpportunity(switched)!.name).toBe('Dairy');
    expect(switchOpportunity(two, 'nope')).toBe(two);
    expect(renameOpportunity(two, 'opportunity-1', 'y'.repeat(500)).opportunities![0]!.name).toHaveLength(200);
    const deleted = deleteOpportunity(two, 'opportunity-2');
    expect(deleted.opportunities).toHaveLength(1);
    expect(deleted.activeOpportunity).toBe('opportunity-1');
    expect(deleteOpportunity(deleted, 'opportunity-1')).toMatchObject({ opportunities: [], activeOpportunity: null });
  });
  it('keeps the active one when another is deleted', () => {
    expect(deleteOpportunity(two, 'opportunity-1').activeOpportunity).toBe('opportunity-2');
  });
  it('creates an opportunity on the first answer', () => {
    const body = updateActive({}, 'Opportunity 1', (o) => setAnswer(o, 'budget', 'no'));
    expect(body.opportunities).toEqual([{ id: 'opportunity-1', name: 'Opportunity 1', stage: 2, answers: { budget: { answer: 'no', note: '' } } }]);
  });
  it('keeps note and answer apart, and clamps the stage', () => {
    let o = activeOpportunity(two)!;
    o = setNote(setAnswer(o, 'budget', 'yes'), 'budget', 'CFO confirmed');
    o = setAnswer(o, 'budget', null);
    expect(o.answers.budget).toEqual({ answer: null, note: 'CFO confirmed' });
    expect([setStage(o, 9).stage, setStage(o, 0).stage, setStage(o, 4).stage]).toEqual([7, 1, 4]);
  });
  it('stops at the limit', () => {
    let body: WorksheetBody = {};
    for (let i = 0; i < MAX_OPPORTUNITIES + 5; i++) body = addOpportunity(body, `o${i}`);
    expect(body.opportunities).toHaveLength(MAX_OPPORTUNITIES);
  });
  it('produces bodies the stored-record validator accepts', () => {
    const body = updateActive(setField(two, 'x', 'y'), 'n', (o) => setNote(setStage(setAnswer(o, 'budget', 'unknown'), 5), 'budget', 'z'.repeat(100_000)));
    expect(worksheetBody(body).ok).toBe(true);
  });
});
