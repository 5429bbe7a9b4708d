/**
 * A tiny validator kit for data read from storage or import files. Zod stays on the build
 * side (content schemas); in the browser these few lines do the job at a fraction of the
 * bytes. Every validator is strict: unknown keys fail, and so do `__proto__`,
 * `constructor` and `prototype` anywhere.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; path: string; message: string };
export type Validator<T> = (input: unknown, path?: string) => Result<T>;
export type Infer<V> = V extends Validator<infer T> ? T : never;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

const fail = (path: string, message: string): Result<never> => ({ ok: false, path: path || '(root)', message });
const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;

/** Text up to `max` characters. */
export const str =
  ({ min = 0, max = 100_000 }: { min?: number; max?: number } = {}): Validator<string> =>
  (x, path = '') => {
    if (typeof x !== 'string') return fail(path, 'must be text');
    if (x.length < min) return fail(path, `must have at least ${min} characters`);
    if (x.length > max) return fail(path, `must have at most ${max} characters`);
    return ok(x);
  };

/** Text matching a pattern. */
export const pattern =
  (re: RegExp, what: string, max = 200): Validator<string> =>
  (x, path = '') => {
    const s = str({ max })(x, path);
    if (!s.ok) return s;
    return re.test(s.value) ? s : fail(path, `must be ${what}`);
  };

/** A whole number in a range. */
export const int =
  (min: number, max: number): Validator<number> =>
  (x, path = '') =>
    typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max ? ok(x) : fail(path, `must be a whole number from ${min} to ${max}`);

export const bool: Validator<boolean> = (x, path = '') => (typeof x === 'boolean' ? ok(x) : fail(path, 'must be true or false'));

/** One of a fixed list of values. */
export const oneOf =
  <const T extends readonly (string | number)[]>(values: T): Validator<T[number]> =>
  (x, path = '') =>
    (values as readonly unknown[]).includes(x) ? ok(x as T[number]) : fail(path, `must be one of: ${values.join(', ')}`);

/** `null` or the inner value. */
export const nullable =
  <T>(inner: Validator<T>): Validator<T | null> =>
  (x, path = '') =>
    x === null ? ok(null) : inner(x, path);

/** An array of at most `max` items. */
export const arr =
  <T>(item: Validator<T>, { max = 1000, unique = false } = {}): Validator<T[]> =>
  (x, path = '') => {
    if (!Array.isArray(x)) return fail(path, 'must be a list');
    if (x.length > max) return fail(path, `must have at most ${max} items`);
    const out: T[] = [];
    for (let i = 0; i < x.length; i++) {
      const r = item(x[i], `${path}[${i}]`);
      if (!r.ok) return r;
      out.push(r.value);
    }
    if (unique && new Set(out.map((v) => JSON.stringify(v))).size !== out.length) return fail(path, 'must not repeat an item');
    return ok(out);
  };

type Shape = Record<string, Validator<unknown>>;
type ObjectOf<S extends Shape, O extends keyof S> = { [K in Exclude<keyof S, O>]: Infer<S[K]> } & { [K in O]?: Infer<S[K]> };

/** An object with exactly these keys (those in `optional` may be missing). */
export const obj =
  <S extends Shape, O extends keyof S = never>(shape: S, optional: readonly O[] = []): Validator<ObjectOf<S, O>> =>
  (x, path = '') => {
    if (!isPlainObject(x)) return fail(path, 'must be an object');
    for (const key of Object.keys(x)) {
      if (FORBIDDEN.has(key)) return fail(`${path}.${key}`, 'is a forbidden key');
      if (!(key in shape)) return fail(path ? `${path}.${key}` : key, 'is not a known field');
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const sub = path ? `${path}.${key}` : key;
      if (!(key in x)) {
        if ((optional as readonly string[]).includes(key)) continue;
        return fail(sub, 'is missing');
      }
      const r = shape[key]!(x[key], sub);
      if (!r.ok) return r;
      out[key] = r.value;
    }
    return ok(out as ObjectOf<S, O>);
  };

/** A dictionary with keys matching `keyPattern`, at most `max` entries. */
export const dict =
  <T>(keyPattern: RegExp, value: Validator<T>, { max = 500 } = {}): Validator<Record<string, T>> =>
  (x, path = '') => {
    if (!isPlainObject(x)) return fail(path, 'must be an object');
    const keys = Object.keys(x);
    if (keys.length > max) return fail(path, `must have at most ${max} entries`);
    const out: Record<string, T> = {};
    for (const key of keys) {
      const sub = path ? `${path}.${key}` : key;
      if (FORBIDDEN.has(key)) return fail(sub, 'is a forbidden key');
      if (!keyPattern.test(key)) return fail(sub, 'is not a valid id');
      const r = value(x[key], sub);
      if (!r.ok) return r;
      out[key] = r.value;
    }
    return ok(out);
  };

/** Stable content ids: kebab-case, as in `src/schemas/common.ts`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const id = pattern(ID_PATTERN, 'a kebab-case id', 80);

/** An ISO 8601 timestamp. */
export const isoDate = pattern(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/, 'an ISO date (YYYY-MM-DDTHH:MM:SSZ)', 30);

/** Finds a forbidden key anywhere in parsed JSON (for messages that name it early). */
export function findForbiddenKey(x: unknown, path = ''): string | null {
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      const found = findForbiddenKey(x[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (typeof x === 'object' && x !== null) {
    for (const key of Object.keys(x)) {
      const sub = path ? `${path}.${key}` : key;
      if (FORBIDDEN.has(key)) return sub;
      const found = findForbiddenKey((x as Record<string, unknown>)[key], sub);
      if (found) return found;
    }
  }
  return null;
}
