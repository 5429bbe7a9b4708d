import { describe, expect, it } from 'vitest';
import { contentHash, fnv1a } from '../../src/lib/content-hash';

describe('contentHash', () => {
  it.each([
    ['key order does not matter', { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, true],
    ['nested key order does not matter', { x: { p: 1, q: 2 } }, { x: { q: 2, p: 1 } }, true],
    ['undefined fields are ignored', { a: 1, b: undefined }, { a: 1 }, true],
    ['array order matters', { a: [1, 2] }, { a: [2, 1] }, false],
    ['a changed answer changes it', { roles: ['approver'] }, { roles: ['evaluator'] }, false],
    ['a string is not a number', { a: '1' }, { a: 1 }, false],
  ])('%s', (_, a, b, same) => {
    expect(contentHash(a) === contentHash(b)).toBe(same);
  });

  it('is 8 hex digits, and FNV-1a of a known input', () => {
    expect(contentHash({ a: 1 })).toMatch(/^[0-9a-f]{8}$/);
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
  });
});
