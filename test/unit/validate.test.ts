import { describe, expect, it } from 'vitest';
import { arr, dict, findForbiddenKey, id, int, nullable, obj, oneOf, str } from '../../src/lib/validate';

describe('validators', () => {
  const shape = obj(
    {
      name: str({ max: 5 }),
      n: int(0, 9),
      tags: arr(oneOf(['a', 'b'] as const), { unique: true }),
      note: nullable(str()),
    },
    ['note'],
  );

  it('accepts a valid value and returns a copy', () => {
    const input = { name: 'abc', n: 3, tags: ['a'] };
    const result = shape(input);
    expect(result).toEqual({ ok: true, value: input });
  });

  it.each([
    [{ name: 'abcdef', n: 1, tags: [] }, 'name', 'at most 5'],
    [{ name: 'a', n: 1.5, tags: [] }, 'n', 'whole number'],
    [{ name: 'a', n: 1, tags: ['c'] }, 'tags[0]', 'one of'],
    [{ name: 'a', n: 1, tags: ['a', 'a'] }, 'tags', 'repeat'],
    [{ name: 'a', tags: [] }, 'n', 'missing'],
    [{ name: 'a', n: 1, tags: [], extra: 1 }, 'extra', 'not a known field'],
    [[], '(root)', 'object'],
  ])('rejects %j at %s', (input, path, message) => {
    const result = shape(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.path).toBe(path);
      expect(result.message).toContain(message);
    }
  });

  it('dict checks keys', () => {
    expect(dict(/^[a-z]+$/, int(0, 1))({ ok: 1 }).ok).toBe(true);
    expect(dict(/^[a-z]+$/, int(0, 1))({ 'NO!': 1 }).ok).toBe(false);
    expect(dict(/^[a-z_]+$/, int(0, 1))(JSON.parse('{"__proto__":1}')).ok).toBe(false);
  });

  it('id is kebab-case', () => {
    expect(id('loudest-voice').ok).toBe(true);
    expect(id('Loudest Voice').ok).toBe(false);
  });

  it('finds forbidden keys at any depth', () => {
    expect(findForbiddenKey(JSON.parse('{"a":[{"b":{"constructor":1}}]}'))?.path).toBe('a[0].b.constructor');
    expect(findForbiddenKey({ a: 1 })).toBeNull();
  });
});
