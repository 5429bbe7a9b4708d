/** Small display helpers of the opportunities island; they never throw on odd values. */
export function formatMoney(value: number | null, currency: string, lang: string): string {
  if (value === null) return '';
  try {
    return currency ? new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value) : new Intl.NumberFormat(lang).format(value);
  } catch {
    return `${value} ${currency}`.trim();
  }
}

export function formatDay(day: string | null, lang: string): string {
  if (!day) return '—';
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? '—' : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Today as YYYY-MM-DD, in the browser's time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
