/**
 * Typed access to the content collections for one locale. Pages call these; they never
 * filter collections themselves, so the locale rule (ids start with `<locale>/`) lives here.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { glossaryStages } from '../lib/glossary-stages';
import { stageSetProblems } from '../lib/stage-set';
import { htmlLang, stageSlugs, type Locale } from '../lib/vocabulary';
import type { SalesAidSheet, salesAidIds } from '../schemas/worksheet';

type SalesAidId = (typeof salesAidIds)[number];

/** Entries of a collection in one locale. */
async function inLocale<C extends CollectionKey>(collection: C, locale: Locale): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries.filter((entry) => entry.id.startsWith(`${locale}/`));
}

/** The id without its locale folder: `en/01-noticing` → `01-noticing`. */
export function localId(entry: { id: string }): string {
  return entry.id.slice(entry.id.indexOf('/') + 1);
}

/** The seven stages of a locale, in order; fails the build unless they are exactly 1..7. */
export async function getStages(locale: Locale) {
  const stages = await inLocale('stages', locale);
  const problems = stageSetProblems(
    stages.map((s) => ({ file: `content/stages/${s.id}.mdx`, number: s.data.number })),
    locale,
  );
  if (problems.length > 0) throw new Error(`Stage content is inconsistent:\n- ${problems.join('\n- ')}`);
  return stages.sort((a, b) => a.data.number - b.data.number);
}

/** Glossary entries of a locale, sorted by term in that locale's collation. */
export async function getGlossary(locale: Locale) {
  const entries = await inLocale('glossary', locale);
  const collator = new Intl.Collator(htmlLang[locale]);
  return entries.sort((a, b) => collator.compare(a.data.term, b.data.term));
}

/** For each glossary id, the stages whose pages use the term (derived, never kept by hand). */
export async function getGlossaryStages(locale: Locale): Promise<Map<string, number[]>> {
  const stages = await getStages(locale);
  return glossaryStages(stages.map((s) => ({ number: s.data.number, body: s.body ?? '', data: s.data })));
}

/** Role-identification cases, by stage then title. */
export async function getCases(locale: Locale) {
  const cases = await inLocale('cases', locale);
  return cases.sort((a, b) => a.data.stage - b.data.stage || localId(a).localeCompare(localId(b)));
}

/** Practice exercises (outcome reached?, make it verifiable, branching), by stage then id. */
export async function getPractice(locale: Locale) {
  const entries = await inLocale('practice', locale);
  return entries.sort((a, b) => a.data.stage - b.data.stage || localId(a).localeCompare(localId(b)));
}

/** The worked example (Jade River Dairy) of one sheet, or undefined when it has none. */
export async function getWorkedExample(locale: Locale, sheet: CollectionEntry<'worked-examples'>['data']['sheet']) {
  return (await inLocale('worked-examples', locale)).find((e) => e.data.sheet === sheet);
}

/** Knowledge-check pools of a locale. */
export async function getChecks(locale: Locale) {
  return inLocale('checks', locale);
}

/** One worksheet's content. */
export async function getWorksheet<S extends CollectionEntry<'worksheets'>['data']['sheet']>(locale: Locale, sheet: S) {
  const entry = (await inLocale('worksheets', locale)).find((w) => w.data.sheet === sheet);
  if (!entry) throw new Error(`content/worksheets/${locale}/${sheet}.yaml is missing`);
  return entry as CollectionEntry<'worksheets'> & {
    data: Extract<CollectionEntry<'worksheets'>['data'], { sheet: S }>;
  };
}

/** One of the stage 4 to 7 sales aids (their sheets share one shape). */
export async function getSalesAid(locale: Locale, sheet: SalesAidId) {
  const entry = (await inLocale('worksheets', locale)).find((w) => w.data.sheet === sheet);
  if (!entry) throw new Error(`content/worksheets/${locale}/${sheet}.yaml is missing`);
  return entry.data as SalesAidSheet;
}

/** A prose page (`about`, `overview`). */
export async function getPage(locale: Locale, page: string) {
  const entry = (await inLocale('pages', locale)).find((p) => localId(p) === page);
  if (!entry) throw new Error(`content/pages/${locale}/${page}.mdx is missing`);
  return entry;
}

/** The facilitator's modules of a locale, in stage order; fails the build unless every stage has one. */
export async function getFacilitation(locale: Locale) {
  const modules = await inLocale('facilitation', locale);
  const missing = stageSlugs.filter((slug) => !modules.some((m) => localId(m) === slug));
  if (missing.length > 0) throw new Error(`content/facilitation/${locale}/ has no module for: ${missing.join(', ')}`);
  const stray = modules.filter((m) => m.data.stage !== localId(m));
  if (stray.length > 0)
    throw new Error(`content/facilitation/${locale}/: file name and stage differ in ${stray.map(localId).join(', ')}`);
  return modules.sort((a, b) => stageSlugs.indexOf(a.data.stage) - stageSlugs.indexOf(b.data.stage));
}

/** Workshop plans of a locale, in their declared order. */
export async function getWorkshopPlans(locale: Locale) {
  const plans = await inLocale('workshopPlans', locale);
  return plans.sort((a, b) => a.data.order - b.data.order);
}
