import { describe, expect, it } from 'vitest';
import {
  drawFinal,
  FINAL_PER_STAGE,
  FINAL_TOTAL,
  seededRandom,
  seededShuffle,
  type StagePool,
} from '../../src/lib/quiz-draw';

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seededRandom('x');
    const b = seededRandom('x');
    const c = seededRandom('y');
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
  });
  it('stays in [0, 1)', () => {
    const r = seededRandom('range');
    for (let i = 0; i < 10_000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});

describe('seededShuffle', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];
  it('is a permutation and repeats for a seed', () => {
    const once = seededShuffle(items, 'seed');
    expect([...once].sort()).toEqual(items);
    expect(seededShuffle(items, 'seed')).toEqual(once);
  });
  it('does not change its input', () => {
    const input = ['a', 'b', 'c'];
    seededShuffle(input, 's');
    expect(input).toEqual(['a', 'b', 'c']);
  });
  it.each([2, 3, 4, 5, 7])('never returns the original order of %i items (1,000 seeds)', (n) => {
    const list = Array.from({ length: n }, (_, i) => `i${i}`);
    for (let s = 0; s < 1000; s++) expect(seededShuffle(list, `s${s}`)).not.toEqual(list);
  });
  it('reaches every order of three items', () => {
    const seen = new Set<string>();
    for (let s = 0; s < 500; s++) seen.add(seededShuffle(['a', 'b', 'c'], `s${s}`).join(''));
    expect([...seen].sort()).toEqual(['acb', 'bac', 'bca', 'cab', 'cba']);
  });
  it.each([[[]], [['only']]])('leaves %j as it is', (list) => expect(seededShuffle(list, 's')).toEqual(list));
});

describe('drawFinal', () => {
  const stages = [
    'noticing',
    'identifying',
    'validating',
    'qualifying',
    'conditionally-agreeing',
    'closing',
    'implementing',
  ];
  const sizes = [10, 10, 10, 10, 9, 9, 9];
  const pools: StagePool[] = stages.map((stage, i) => ({
    stage,
    ids: Array.from({ length: sizes[i]! }, (_, k) => `${stage}-${k}`),
  }));
  const stageOf = (id: string) => stages.find((s) => id.startsWith(`${s}-`));

  it.each(Array.from({ length: 50 }, (_, i) => `seed-${i}`))(
    'draws 25 distinct questions, at least 3 per stage (%s)',
    (seed) => {
      const ids = drawFinal(pools, seed);
      expect(ids).toHaveLength(FINAL_TOTAL);
      expect(new Set(ids).size).toBe(ids.length);
      for (const stage of stages)
        expect(ids.filter((id) => stageOf(id) === stage).length).toBeGreaterThanOrEqual(FINAL_PER_STAGE);
      // Stage by stage, in content order within a stage.
      const positions = ids.map((id) => [stages.indexOf(stageOf(id)!), Number(id.split('-').pop())]);
      const sorted = [...positions].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
      expect(positions).toEqual(sorted);
    },
  );
  it('repeats for a seed and varies between seeds', () => {
    expect(drawFinal(pools, 'a')).toEqual(drawFinal(pools, 'a'));
    const draws = new Set(Array.from({ length: 20 }, (_, i) => drawFinal(pools, `v${i}`).join()));
    expect(draws.size).toBeGreaterThan(15);
  });
  it('can pick any question over many draws', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) for (const id of drawFinal(pools, `cover${i}`)) seen.add(id);
    expect(seen.size).toBe(sizes.reduce((a, b) => a + b, 0));
  });
  it('takes every question of a small stage and of a small pool', () => {
    const small: StagePool[] = [
      { stage: 'a', ids: ['a1', 'a2'] },
      { stage: 'b', ids: ['b1', 'b2', 'b3', 'b4'] },
    ];
    expect(drawFinal(small, 's', 25, 3)).toEqual(['a1', 'a2', 'b1', 'b2', 'b3', 'b4']);
    const ids = drawFinal(small, 's', 5, 3);
    expect(ids).toHaveLength(5);
    expect(ids.slice(0, 2)).toEqual(['a1', 'a2']);
  });
  it('never repeats an id listed twice', () => {
    const dup: StagePool[] = [
      { stage: 'a', ids: ['x', 'x', 'y'] },
      { stage: 'b', ids: ['y', 'z'] },
    ];
    const ids = drawFinal(dup, 's', 10, 3);
    expect([...ids].sort()).toEqual(['x', 'y', 'z']);
  });
});
