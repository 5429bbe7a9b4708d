/**
 * Fills `{name}` placeholders in a UI string (shared by pages and islands), and picks plural
 * forms written as `{n, plural, one {# contact} other {# contacts}}` with the locale's
 * `Intl.PluralRules` (`#` is the number). Chinese strings need only `other`.
 */
const PLURAL = /\{(\w+), plural,((?:\s*\w+\s*\{[^{}]*\})+)\s*\}/g;
const FORM = /(\w+)\s*\{([^{}]*)\}/g;
const rules = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let found = rules.get(locale);
  if (!found) {
    try {
      found = new Intl.PluralRules(locale);
    } catch {
      found = new Intl.PluralRules('en');
    }
    rules.set(locale, found);
  }
  return found;
}

export function format(template: string, vars: Record<string, string | number> = {}, locale = 'en'): string {
  const withPlurals = template.replace(PLURAL, (whole, name: string, forms: string) => {
    // A number may come already formatted for the locale ("4,096"): its digits pick the form, and it shows as given.
    const shown = vars[name];
    const n = typeof shown === 'number' ? shown : Number(String(shown).replace(/[\s,\u00a0\u202f]/g, ''));
    if (!(name in vars) || !Number.isFinite(n)) return whole;
    const options = new Map([...forms.matchAll(FORM)].map((m) => [m[1]!, m[2]!]));
    const chosen = options.get(`=${n}`) ?? options.get(pluralRules(locale).select(n)) ?? options.get('other') ?? '';
    return chosen.replaceAll('#', String(shown));
  });
  return withPlurals.replace(/\{([\w-]+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
