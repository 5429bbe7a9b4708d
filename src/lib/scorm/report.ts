/**
 * What the course reports to the LMS, computed from the learner's records (so work done
 * before this launch, or offline, counts):
 * - completion: every stage page read and every stage's knowledge check passed;
 * - success: the final assessment (check id `final`) passed at the site's pass mark, with
 *   its best score; "unknown" until it has been attempted;
 * - progress: the site's overall progress figure (the one in the header).
 */
import { stageSlugs } from '../vocabulary';
import type { ScormVersion } from './find-api';

export const FINAL_CHECK = 'final';

export interface ReportRecords {
  read: Readonly<Record<string, unknown>>;
  check: Readonly<Record<string, { best: number | null; passed: boolean; attempts: number }>>;
}

export interface Report {
  completed: boolean;
  success: 'passed' | 'failed' | 'unknown';
  /** The final assessment's best score, 0..100, once attempted. */
  score: number | null;
  /** 0..100 */
  progress: number;
}

export function buildReport(records: ReportRecords, progressPercent: number, passMark: number): Report {
  const completed = stageSlugs.every((slug) => slug in records.read && records.check[slug]?.passed === true);
  const final = records.check[FINAL_CHECK];
  const attempted = final !== undefined && final.attempts > 0 && final.best !== null;
  const score = attempted ? final.best : null;
  const success = !attempted ? 'unknown' : final.passed || (score ?? 0) >= passMark ? 'passed' : 'failed';
  return { completed, success, score, progress: Math.max(0, Math.min(100, Math.round(progressPercent))) };
}

/**
 * SCORM 1.2 has one status: a known result of the final assessment decides it (passed or
 * failed); before that, the completion rule (completed or incomplete).
 */
export function lessonStatus12(report: Report): 'passed' | 'failed' | 'completed' | 'incomplete' {
  if (report.success !== 'unknown') return report.success;
  return report.completed ? 'completed' : 'incomplete';
}

/** The data-model values that carry a report, in the order they are set. */
export function reportValues(report: Report, version: ScormVersion): [string, string][] {
  if (version === '1.2') {
    const values: [string, string][] = [['cmi.core.lesson_status', lessonStatus12(report)]];
    if (report.score !== null) {
      values.push(
        ['cmi.core.score.min', '0'],
        ['cmi.core.score.max', '100'],
        ['cmi.core.score.raw', String(report.score)],
      );
    }
    return values;
  }
  const values: [string, string][] = [
    ['cmi.completion_status', report.completed ? 'completed' : 'incomplete'],
    ['cmi.success_status', report.success],
    ['cmi.progress_measure', String(report.progress / 100)],
  ];
  if (report.score !== null) {
    values.push(
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', String(report.score)],
      ['cmi.score.scaled', String(report.score / 100)],
    );
  }
  return values;
}

/** The element names that differ between the versions. */
export const elements = {
  '1.2': {
    suspendData: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    entry: 'cmi.core.entry',
  },
  '2004': {
    suspendData: 'cmi.suspend_data',
    location: 'cmi.location',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    entry: 'cmi.entry',
  },
} as const;

/** suspend_data's size: CMIString4096 in 1.2, characterstring SPM 64000 in 2004. */
export const suspendDataLimit: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64_000 };
/** cmi.core.lesson_location is CMIString255 in 1.2; cmi.location holds 1000 in 2004. */
export const locationLimit: Record<ScormVersion, number> = { '1.2': 255, '2004': 1000 };
