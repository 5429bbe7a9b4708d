/** `getStaticPaths` helper: one page per locale. */
import { locales } from './vocabulary';

export function localeStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}
