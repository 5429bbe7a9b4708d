/**
 * The facilitator's guide: a module for every stage in both languages, agendas that add up
 * to a 60–90 minute module, references to exercises, checks and worksheets that exist, and
 * workshop plans whose modules exist and whose days fit.
 */
import { describe, expect, it } from 'vitest';
import { facilitationSchema, MODULE_MINUTES, type FacilitationData } from '../../src/schemas/facilitation';
import { workshopPlanSchema, type WorkshopPlanData } from '../../src/schemas/workshop-plan';
import { unknownPractice, type KnownPractice, type PracticeRef } from '../../src/lib/practice-refs';
import { locales, stageSlugs } from '../../src/lib/vocabulary';
import { worksheetIds } from '../../src/lib/worksheet-catalogue';
import { scheduleDay } from '../../src/lib/workshop-schedule';
import { listContent, readData } from '../content-files';

const moduleOf = (locale: string, slug: string): FacilitationData =>
  facilitationSchema.parse(readData('facilitation', `${locale}/${slug}.yaml`));
const plansOf = (locale: string): [string, WorkshopPlanData][] =>
  listContent('workshop-plans', ['.yaml'])
    .filter((f) => f.startsWith(`${locale}/`))
    .map((f) => [f, workshopPlanSchema.parse(readData('workshop-plans', f))]);

const known: KnownPractice = {
  exercise: new Set(
    listContent('cases', ['.yaml'])
      .filter((f) => f.startsWith('en/'))
      .map((f) => f.slice(3, -5)),
  ),
  check: new Set([
    ...listContent('checks', ['.yaml'])
      .filter((f) => f.startsWith('en/'))
      .map((f) => f.slice(3, -5)),
    'final',
  ]),
  worksheet: new Set(worksheetIds),
};
const pairs = locales.flatMap((locale) => stageSlugs.map((slug) => [locale, slug] as const));

describe('facilitation modules', () => {
  it.each(locales)('%s has exactly one module per stage', (locale) => {
    const files = listContent('facilitation', ['.yaml']).filter((f) => f.startsWith(`${locale}/`));
    expect(files).toEqual([...stageSlugs].map((s) => `${locale}/${s}.yaml`).sort());
  });

  it.each(pairs)('%s/%s: names its own stage, and its agenda adds up to its declared 60–90 minutes', (locale, slug) => {
    const guide = moduleOf(locale, slug);
    expect(guide.stage).toBe(slug);
    const sum = guide.agenda.reduce((n, step) => n + step.minutes, 0);
    expect(sum, `content/facilitation/${locale}/${slug}.yaml`).toBe(guide.minutes);
    expect(sum).toBeGreaterThanOrEqual(MODULE_MINUTES.min);
    expect(sum).toBeLessThanOrEqual(MODULE_MINUTES.max);
  });

  it.each(pairs)(
    '%s/%s: has 3–5 objectives and runs at least one exercise, check or worksheet, including its own stage check',
    (locale, slug) => {
      const guide = moduleOf(locale, slug);
      expect(guide.objectives.length).toBeGreaterThanOrEqual(3);
      expect(guide.objectives.length).toBeLessThanOrEqual(5);
      const refs = guide.agenda.flatMap((s) => s.practice);
      expect(refs).toContainEqual({ kind: 'check', id: slug });
    },
  );

  it.each(pairs)('%s/%s: every exercise, check and worksheet it names exists', (locale, slug) => {
    const refs: PracticeRef[] = moduleOf(locale, slug).agenda.flatMap((s) => s.practice);
    expect(unknownPractice(refs, known), `content/facilitation/${locale}/${slug}.yaml`).toEqual([]);
  });

  it.each(stageSlugs)('%s: both languages have the same structure', (slug) => {
    const shape = (g: FacilitationData) => ({
      minutes: g.minutes,
      objectives: g.objectives.length,
      materials: g.materials.length,
      agenda: g.agenda.map((s) => ({ id: s.id, minutes: s.minutes, practice: s.practice })),
      prompts: g.prompts.map((p) => p.goodAnswer.length),
      debrief: g.debrief.length,
      misconceptions: g.misconceptions.length,
    });
    expect(shape(moduleOf('zh-cn', slug))).toEqual(shape(moduleOf('en', slug)));
  });

  it('every case is used by some module, so the guide covers all the practice there is', () => {
    const used = new Set(
      stageSlugs.flatMap((slug) =>
        moduleOf('en', slug).agenda.flatMap((s) => s.practice.filter((p) => p.kind === 'exercise').map((p) => p.id)),
      ),
    );
    expect([...known.exercise].filter((id) => !used.has(id))).toEqual([]);
  });

  it('the schema rejects an agenda that does not add up', () => {
    const guide = readData('facilitation', 'en/noticing.yaml') as { agenda: { minutes: number }[] };
    guide.agenda[0]!.minutes += 5;
    const result = facilitationSchema.safeParse(guide);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join()).toMatch(/adds up to 80 minutes, the module declares 75/);
  });

  it('the schema rejects a module outside 60–90 minutes', () => {
    const guide = readData('facilitation', 'en/implementing.yaml') as { minutes: number };
    expect(facilitationSchema.safeParse({ ...guide, minutes: 45 }).success).toBe(false);
  });
});

describe('workshop plans', () => {
  const minutesOf = (locale: string) =>
    Object.fromEntries(stageSlugs.map((slug) => [slug, moduleOf(locale, slug).minutes]));

  it.each(locales)('%s has a one-day and a two-day plan', (locale) => {
    const plans = plansOf(locale);
    expect(plans.map(([f]) => f)).toEqual([`${locale}/one-day.yaml`, `${locale}/two-day.yaml`]);
    expect(plans.map(([, p]) => p.days.length)).toEqual([1, 2]);
  });

  it.each(locales)('%s: every day fits and every module it names exists', (locale) => {
    for (const [file, plan] of plansOf(locale)) {
      for (const day of plan.days)
        expect(scheduleDay(day, minutesOf(locale)).problems, `${file}, ${day.title}`).toEqual([]);
      const refs = plan.days.flatMap((d) => d.sessions.flatMap((s) => ('practice' in s ? s.practice : [])));
      expect(unknownPractice(refs, known), file).toEqual([]);
    }
  });

  it.each(locales)('%s: the two-day plan runs all seven modules once, in stage order', (locale) => {
    const plan = plansOf(locale).find(([f]) => f.endsWith('two-day.yaml'))![1];
    const modules = plan.days.flatMap((d) => d.sessions.flatMap((s) => ('module' in s ? [s.module] : [])));
    expect(modules).toEqual([...stageSlugs]);
  });

  it('both languages plan the same days, sessions and times', () => {
    const shape = (plan: WorkshopPlanData) =>
      plan.days.map((d) => ({
        start: d.start,
        end: d.end,
        sessions: d.sessions.map((s) =>
          'module' in s ? s.module : { id: s.id, minutes: s.minutes, isBreak: s.isBreak, practice: s.practice },
        ),
      }));
    const [en, zh] = [plansOf('en'), plansOf('zh-cn')];
    expect(zh.map(([f, p]) => [f.slice(6), shape(p)])).toEqual(en.map(([f, p]) => [f.slice(3), shape(p)]));
  });
});
