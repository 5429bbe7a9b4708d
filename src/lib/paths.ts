/** Every route of the site in one place, so links and tests agree. */
import type { Locale, StageSlug } from './vocabulary';

export const routes = {
  overview: (l: Locale) => `/${l}/`,
  stages: (l: Locale) => `/${l}/stages/`,
  stage: (l: Locale, slug: StageSlug | string) => `/${l}/stages/${slug}/`,
  reference: (l: Locale) => `/${l}/reference/`,
  glossary: (l: Locale, term?: string) => `/${l}/glossary/${term ? `#${term}` : ''}`,
  about: (l: Locale) => `/${l}/about/`,
  exercises: (l: Locale) => `/${l}/exercises/`,
  exercise: (l: Locale, id: string) => `/${l}/exercises/${id}/`,
  practice: (l: Locale, id: string) => `/${l}/practice/${id}/`,
  review: (l: Locale) => `/${l}/review/`,
  worksheets: (l: Locale) => `/${l}/worksheets/`,
  worksheet: (l: Locale, id: string) => `/${l}/worksheets/${id}/`,
  checks: (l: Locale) => `/${l}/checks/`,
  check: (l: Locale, id: string) => `/${l}/checks/${id}/`,
  progress: (l: Locale) => `/${l}/progress/`,
  certificate: (l: Locale) => `/${l}/certificate/`,
  myData: (l: Locale) => `/${l}/my-data/`,
  workshop: (l: Locale) => `/${l}/workshop/`,
  present: (l: Locale, slug: StageSlug | string) => `/${l}/present/${slug}/`,
  facilitate: (l: Locale) => `/${l}/facilitate/`,
  facilitateModule: (l: Locale, slug: StageSlug | string) => `/${l}/facilitate/${slug}/`,
  answerKeys: (l: Locale) => `/${l}/facilitate/answer-keys/`,
  opportunities: (l: Locale) => `/${l}/opportunities/`,
  search: (l: Locale, q?: string) => `/${l}/search/${q ? `?q=${encodeURIComponent(q)}` : ''}`,
};
