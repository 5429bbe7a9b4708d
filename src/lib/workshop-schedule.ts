/**
 * Turns a workshop day (start, end, sessions) into a timetable: each session's clock times,
 * the minutes used against the minutes available, and what is wrong with the plan. Module
 * sessions take the length their facilitation file declares, so changing a module's agenda
 * moves every plan that uses it.
 */

/** A session as written in a plan: a stage module, or anything else with its own length. */
export type PlannedSession =
  { module: string } | { id: string; minutes: number; title: string; isBreak?: boolean; detail?: string | undefined };

export interface ScheduledSession {
  /** The module's stage slug, or the session's own id. */
  key: string;
  isModule: boolean;
  isBreak: boolean;
  minutes: number;
  starts: string;
  ends: string;
}

export interface DaySchedule {
  sessions: ScheduledSession[];
  usedMinutes: number;
  availableMinutes: number;
  /** Empty when the day is sound. */
  problems: string[];
}

/** Minutes after midnight of an `HH:MM` time. */
export function toMinutes(clock: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) throw new Error(`not a time: "${clock}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** `HH:MM` of minutes after midnight. */
export function toClock(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Lays out one day; `moduleMinutes` maps stage slugs to their declared module length. */
export function scheduleDay(
  day: { start: string; end: string; sessions: readonly PlannedSession[] },
  moduleMinutes: Readonly<Record<string, number>>,
): DaySchedule {
  const problems: string[] = [];
  const start = toMinutes(day.start);
  const availableMinutes = toMinutes(day.end) - start;
  let clock = start;
  const sessions = day.sessions.map((session): ScheduledSession => {
    const isModule = 'module' in session;
    const key = isModule ? session.module : session.id;
    let minutes = isModule ? moduleMinutes[session.module] : session.minutes;
    if (minutes === undefined) {
      problems.push(`no facilitation module for stage "${key}"`);
      minutes = 0;
    }
    const scheduled = {
      key,
      isModule,
      isBreak: !isModule && session.isBreak === true,
      minutes,
      starts: toClock(clock),
      ends: toClock(clock + minutes),
    };
    clock += minutes;
    return scheduled;
  });
  const usedMinutes = clock - start;
  if (availableMinutes <= 0) problems.push(`the day ends (${day.end}) before it starts (${day.start})`);
  else if (usedMinutes > availableMinutes)
    problems.push(
      `the sessions take ${usedMinutes} minutes, the day has ${availableMinutes} (${day.start}–${day.end})`,
    );
  const modules = sessions.filter((s) => s.isModule).map((s) => s.key);
  const twice = modules.filter((m, i) => modules.indexOf(m) !== i);
  if (twice.length > 0) problems.push(`module run twice in one day: ${[...new Set(twice)].join(', ')}`);
  return { sessions, usedMinutes, availableMinutes, problems };
}
