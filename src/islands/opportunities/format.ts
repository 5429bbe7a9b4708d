/** Small display helpers of the opportunities island; they never throw on odd values. */
import { yieldToPage } from '../../lib/yield';
// Formatters are costly to create: one per language and currency, kept (a list of 200 deals
// would otherwise build 400 on every keystroke).
const money = new Map<string, Intl.NumberFormat>();
const days = new Map<string, Intl.DateTimeFormat>();
// Formatting itself costs about a millisecond a value on a slow phone: each text is kept too
// (a list re-rendered by a filter formats nothing twice). Bounded, so it never grows unchecked.
const texts = new Map<string, string>();
const MAX_TEXTS = 5000;
function remembered(key: string, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size >= MAX_TEXTS) texts.clear();
    texts.set(key, (text = make()));
  }
  return text;
}

export function formatMoney(value: number | null, currency: string, lang: string): string {
  if (value === null) return '';
  return remembered(`m|${lang}|${currency}|${value}`, () => moneyText(value, currency, lang));
}

function moneyText(value: number, currency: string, lang: string): string {
  try {
    const key = `${lang}|${currency}`;
    let f = money.get(key);
    if (!f)
      money.set(
        key,
        (f = currency
          ? new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 })
          : new Intl.NumberFormat(lang)),
      );
    return f.format(value);
  } catch {
    return `${value} ${currency}`.trim();
  }
}

export function formatDay(day: string | null, lang: string): string {
  if (!day) return '—';
  return remembered(`d|${lang}|${day}`, () => dayText(day, lang));
}

function dayText(day: string, lang: string): string {
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return '—';
  let f = days.get(lang);
  if (!f) days.set(lang, (f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' })));
  return f.format(date);
}

/**
 * Makes the language's number and date formats ahead, each in a task of its own: the first
 * format a page makes sets up the browser's number or date data (about 85 ms and 20 ms on a
 * slow phone), which would otherwise land in the middle of the list's first render.
 */
export async function prepareFormats(lang: string): Promise<void> {
  moneyText(0, '', lang);
  await yieldToPage();
  dayText('2000-01-01', lang);
  await yieldToPage();
}

/** Today as YYYY-MM-DD, in the browser's time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
