import { describe, expect, it } from 'vitest';
import { stageSchema } from '../../src/schemas/stage';
import { stageSetProblems } from '../../src/lib/stage-set';
import { readData } from '../content-files';

const valid = readData('stages', 'en/01-noticing.mdx') as Record<string, unknown>;

describe('stage schema', () => {
  it('accepts a real stage file', () => {
    expect(stageSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['outcome', 'missing outcome'],
    ['evidence', 'missing evidence'],
    ['number', 'missing number'],
  ])('rejects a file without %s (%s) and names the field', (field) => {
    const broken = { ...valid };
    delete broken[field];
    const result = stageSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('rejects a slug that does not match the number', () => {
    const result = stageSchema.safeParse({ ...valid, number: 2 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/stage 2 must have slug "identifying"/);
  });

  it('rejects an unknown field', () => {
    expect(stageSchema.safeParse({ ...valid, colour: 'blue' }).success).toBe(false);
  });

  it('rejects a one-item evidence list and an empty outcome', () => {
    expect(stageSchema.safeParse({ ...valid, evidence: ['only one'] }).success).toBe(false);
    expect(stageSchema.safeParse({ ...valid, outcome: '   ' }).success).toBe(false);
  });
});

describe('stage set', () => {
  const refs = (numbers: number[]) => numbers.map((number, i) => ({ file: `f${i}.mdx`, number }));

  it('accepts exactly 1 to 7', () => {
    expect(stageSetProblems(refs([3, 1, 2, 4, 5, 6, 7]), 'en')).toEqual([]);
  });
  it('reports a duplicate number with both files', () => {
    const problems = stageSetProblems(refs([1, 2, 2, 4, 5, 6, 7]), 'en');
    expect(problems).toContain('stage 2 is defined twice (f1.mdx, f2.mdx)');
    expect(problems).toContain('stage 3 is missing in locale "en"');
  });
  it('reports a missing stage', () => {
    expect(stageSetProblems(refs([1, 2, 3, 4, 5, 6]), 'zh-cn')).toEqual(['stage 7 is missing in locale "zh-cn"']);
  });
  it('reports a number out of range', () => {
    expect(stageSetProblems(refs([1, 2, 3, 4, 5, 6, 7, 8]), 'en')).toEqual([
      'stage number 8 is outside 1 to 7 (f7.mdx)',
    ]);
  });
});
