/**
 * Build-time data of the facilitator pages: each module's practice references resolved to
 * a link and a title, and each workshop day laid out as a timetable. Unknown references and
 * days that overrun fail the build with the file's name.
 */
import { getCases, getFacilitation, getStages, getWorksheet, getWorkshopPlans, localId } from './content';
import { format, uiStrings, type Locale } from '../i18n';
import { practiceHref, unknownPractice, type KnownPractice, type PracticeRef } from '../lib/practice-refs';
import { stageSlugs } from '../lib/vocabulary';
import { worksheetIds } from '../lib/worksheet-catalogue';
import { scheduleDay } from '../lib/workshop-schedule';

export interface PracticeLink {
  href: string;
  /** What kind of item it is ("Exercise"), translated. */
  kind: string;
  title: string;
}

/** Every exercise, check and worksheet a reference may name, with its title in the locale. */
async function practiceCatalogue(locale: Locale) {
  const s = uiStrings(locale);
  const [cases, stages] = await Promise.all([getCases(locale), getStages(locale)]);
  const titles = new Map<string, string>();
  for (const c of cases) titles.set(`exercise:${localId(c)}`, c.data.title);
  for (const stage of stages)
    titles.set(
      `check:${stage.data.slug}`,
      format(s['checks.stageCheck'], { n: stage.data.number, title: stage.data.title }),
    );
  titles.set('check:final', s['checks.finalTitle']);
  for (const id of worksheetIds)
    titles.set(
      `worksheet:${id}`,
      id === 'buying-unit-map' ? s['worksheet.bu.title'] : (await getWorksheet(locale, id)).data.title,
    );
  const known: KnownPractice = {
    exercise: new Set(cases.map(localId)),
    check: new Set([...stageSlugs, 'final']),
    worksheet: new Set(worksheetIds),
  };
  const kindLabel = {
    exercise: s['facilitate.kind.exercise'],
    check: s['facilitate.kind.check'],
    worksheet: s['facilitate.kind.worksheet'],
  };
  return {
    resolve(file: string, refs: readonly PracticeRef[]): PracticeLink[] {
      const unknown = unknownPractice(refs, known);
      if (unknown.length > 0) throw new Error(`${file} names what does not exist: ${unknown.join(', ')}`);
      return refs.map((ref) => ({
        href: practiceHref(locale, ref),
        kind: kindLabel[ref.kind],
        title: titles.get(`${ref.kind}:${ref.id}`)!,
      }));
    },
  };
}

/** The seven modules with their stage and resolved practice links. */
export async function facilitationModules(locale: Locale) {
  const [modules, stages, catalogue] = await Promise.all([
    getFacilitation(locale),
    getStages(locale),
    practiceCatalogue(locale),
  ]);
  return modules.map((m) => {
    const file = `content/facilitation/${m.id}.yaml`;
    const stage = stages.find((s) => s.data.slug === m.data.stage)!;
    let offset = 0;
    const agenda = m.data.agenda.map((step) => {
      const from = offset;
      offset += step.minutes;
      return { ...step, from, to: offset, links: catalogue.resolve(file, step.practice) };
    });
    return { slug: m.data.stage, number: stage.data.number, stageTitle: stage.data.title, data: m.data, agenda };
  });
}

/** The workshop plans with every day laid out; throws when a day does not fit. */
export async function workshopPlans(locale: Locale) {
  const [plans, modules, catalogue] = await Promise.all([
    getWorkshopPlans(locale),
    facilitationModules(locale),
    practiceCatalogue(locale),
  ]);
  const minutes = Object.fromEntries(modules.map((m) => [m.slug, m.data.minutes]));
  return plans.map((plan) => {
    const file = `content/workshop-plans/${plan.id}.yaml`;
    const days = plan.data.days.map((day) => {
      const schedule = scheduleDay(day, minutes);
      if (schedule.problems.length > 0) throw new Error(`${file}, ${day.title}: ${schedule.problems.join('; ')}`);
      const rows = schedule.sessions.map((slot, index) => {
        const session = day.sessions[index]!;
        const module = 'module' in session ? modules.find((m) => m.slug === session.module)! : undefined;
        return {
          ...slot,
          title: module
            ? format(uiStrings(locale)['facilitate.moduleTitle'], { n: module.number, title: module.stageTitle })
            : 'title' in session
              ? session.title
              : '',
          detail: 'detail' in session ? session.detail : module?.data.aim,
          links: 'practice' in session ? catalogue.resolve(file, session.practice) : [],
        };
      });
      return {
        title: day.title,
        start: day.start,
        end: day.end,
        used: schedule.usedMinutes,
        available: schedule.availableMinutes,
        rows,
      };
    });
    return { id: localId(plan), data: plan.data, days };
  });
}
