/**
 * Dates in stored records: written as ISO 8601 UTC (`2026-12-01T09:00:00.123Z`), read back
 * only when they are real (`2026-02-30` or `24:60` fail: they must round-trip through `Date`)
 * and not in the future beyond a week of clock skew between devices. Formatting never throws.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/;
const SKEW_MS = 7 * 24 * 60 * 60 * 1000;
const EARLIEST = Date.UTC(1970, 0, 1);

/** Now, as stored: ISO 8601 UTC with milliseconds (records from two tabs order within a second). */
export const nowIso = () => new Date().toISOString();

export function isRealIsoDate(text: string, now = Date.now()): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Number((m[7] ?? '0').padEnd(3, '0'));
  const time = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const back = new Date(time);
  const real =
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month - 1 &&
    back.getUTCDate() === day &&
    back.getUTCHours() === hour &&
    back.getUTCMinutes() === minute &&
    back.getUTCSeconds() === second;
  return real && time >= EARLIEST && time <= now + SKEW_MS;
}

/** Milliseconds since the epoch of a stored date, or 0 when it is not one (sorts it first). */
export const dateValue = (iso: string): number => (isRealIsoDate(iso, Infinity) ? Date.parse(iso) : 0);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` (building one costs more than formatting with it). */
function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    try {
      found = new Intl.DateTimeFormat(lang, options);
    } catch {
      found = new Intl.DateTimeFormat('en', options);
    }
    formatters.set(key, found);
  }
  return found;
}

/** A stored date for people; '—' for anything that is not a real date. Never throws. */
export function formatDate(
  iso: string | null | undefined,
  lang: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  if (typeof iso !== 'string' || !isRealIsoDate(iso, Infinity)) return '—';
  try {
    return formatter(lang, options).format(new Date(iso));
  } catch {
    return '—';
  }
}
