/** The SCORM run-time's pure parts: finding the API, the session against scorm-again, reports, times. */
import { describe, expect, it } from 'vitest';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { findApi, type FrameLike } from '../../src/lib/scorm/find-api';
import { LmsConnection, type Failure } from '../../src/lib/scorm/connection';
import { buildReport, lessonStatus12, reportValues } from '../../src/lib/scorm/report';
import { duration2004, timespan12 } from '../../src/lib/scorm/session-time';
import { stageSlugs } from '../../src/lib/vocabulary';

/** A chain of windows, the outermost first; `props` puts names on the window at that level. */
function frames(levels: number, props: Record<number, Record<string, unknown>> = {}): FrameLike[] {
  const wins: FrameLike[] = [];
  for (let i = 0; i < levels; i++) {
    const win: Record<string, unknown> = { ...props[i] };
    win['parent'] = i === 0 ? win : wins[i - 1];
    wins.push(win as FrameLike);
  }
  for (const win of wins) win.top = wins[0]!;
  return wins;
}

describe('findApi', () => {
  const api = { LMSInitialize: () => 'true' };
  it('finds API in a parent frame and API_1484_11 only for 2004', () => {
    const wins = frames(3, { 0: { API: api } });
    expect(findApi(wins[2]!, '1.2')).toBe(api);
    expect(findApi(wins[2]!, '2004')).toBeUndefined();
  });
  it('looks in the window itself first', () => {
    const own = { Initialize: () => 'true' };
    const wins = frames(2, { 0: { API_1484_11: api }, 1: { API_1484_11: own } });
    expect(findApi(wins[1]!, '2004')).toBe(own);
  });
  it('climbs at most 7 parents for 1.2, more for 2004', () => {
    const wins = frames(10, { 0: { API: api, API_1484_11: api } });
    expect(findApi(wins[9]!, '1.2')).toBeUndefined();
    expect(findApi(wins[9]!, '2004')).toBe(api);
  });
  it('then tries the opener of the top window', () => {
    const lms = frames(1, { 0: { API: api } })[0]!;
    const wins = frames(2);
    wins[0]!.opener = lms;
    expect(findApi(wins[1]!, '1.2')).toBe(api);
  });
  it('skips a frame of another origin instead of failing', () => {
    const wins = frames(3, { 0: { API: api } });
    Object.defineProperty(wins[1], 'API', {
      get: () => {
        throw new DOMException('Blocked', 'SecurityError');
      },
    });
    expect(findApi(wins[2]!, '1.2')).toBe(api);
  });
  it('finds nothing on a lone window', () => {
    expect(findApi(frames(1)[0]!, '1.2')).toBeUndefined();
  });
});

describe('LmsConnection against scorm-again', () => {
  for (const [version, make, probe, status] of [
    ['1.2', () => new Scorm12API({ logLevel: 5 }), 'cmi.core.lesson_status', 'cmi.core.lesson_status'],
    ['2004', () => new Scorm2004API({ logLevel: 5 }), 'cmi.completion_status', 'cmi.completion_status'],
  ] as const) {
    it(`${version}: starts once, a second page joins the open session, and after finish a new start is told "ended"`, () => {
      const api = make();
      const failures: Failure[] = [];
      const first = new LmsConnection(api, version, (f) => failures.push(f));
      expect(first.start(probe)).toBe('started');
      expect(first.set(status, 'incomplete')).toBe(true);
      expect(first.commit()).toBe(true);
      const second = new LmsConnection(api, version);
      expect(second.start(probe)).toBe('resumed');
      expect(second.get(status)).toBe('incomplete');
      expect(second.finish()).toBe(true);
      expect(second.finish()).toBe(false); // once only
      // scorm-again's 1.2 API keeps answering after LMSFinish, so the session still counts as open there.
      expect(new LmsConnection(api, version).start(probe)).toBe(version === '1.2' ? 'resumed' : 'ended');
      expect(failures).toEqual([]);
    });

    it(`${version}: a refused value is reported with the LMS's error code, and sent again next time`, () => {
      const api = make();
      const failures: Failure[] = [];
      const lms = new LmsConnection(api, version, (f) => failures.push(f));
      lms.start(probe);
      expect(lms.set(status, 'not-a-status')).toBe(false);
      expect(failures).toHaveLength(1);
      expect(failures[0]!.code).not.toBe('0');
      expect(lms.set(status, 'incomplete')).toBe(true);
      expect(lms.get('cmi.suspend_data')).toBe('');
    });
  }

  it('1.2: a strict LMS that refuses reads after LMSFinish is told "ended"', () => {
    let finished = false;
    let error = '0';
    const strict = {
      LMSInitialize: () => ((error = finished ? '101' : '0'), finished ? 'false' : 'true'),
      LMSFinish: () => ((finished = true), 'true'),
      LMSGetValue: () => ((error = finished ? '101' : '0'), finished ? '' : 'incomplete'),
      LMSGetLastError: () => error,
      LMSGetErrorString: () => 'General exception',
    };
    const first = new LmsConnection(strict, '1.2');
    expect(first.start('cmi.core.lesson_status')).toBe('started');
    first.finish();
    expect(new LmsConnection(strict, '1.2').start('cmi.core.lesson_status')).toBe('ended');
  });

  it('an API that throws is a failure, not a crash', () => {
    const failures: Failure[] = [];
    const broken = {
      LMSInitialize: () => {
        throw new Error('LMS down');
      },
      LMSGetLastError: () => '101',
      LMSGetErrorString: () => 'General exception',
    };
    const lms = new LmsConnection(broken, '1.2', (f) => failures.push(f));
    expect(lms.start('cmi.core.lesson_status')).toBe('failed');
    expect(failures[0]).toMatchObject({ call: 'LMSInitialize', code: 'LMS down' });
    expect(lms.commit()).toBe(false);
  });
});

describe('reports', () => {
  const passedCheck = { best: 90, passed: true, attempts: 1 };
  const allStages = {
    read: Object.fromEntries(stageSlugs.map((s) => [s, {}])),
    check: Object.fromEntries(stageSlugs.map((s) => [s, passedCheck])),
  };

  it('incomplete and unknown at first; no score before the final is attempted', () => {
    const report = buildReport({ read: {}, check: {} }, 0, 80);
    expect(report).toEqual({ completed: false, success: 'unknown', score: null, progress: 0 });
    expect(reportValues(report, '1.2')).toEqual([['cmi.core.lesson_status', 'incomplete']]);
    expect(reportValues(report, '2004').map(([k]) => k)).toEqual([
      'cmi.completion_status',
      'cmi.success_status',
      'cmi.progress_measure',
    ]);
  });

  it('completed once every stage is read and its check passed', () => {
    expect(buildReport(allStages, 70, 80).completed).toBe(true);
    const oneUnread = { ...allStages, read: { ...allStages.read } };
    delete oneUnread.read['closing'];
    expect(buildReport(oneUnread, 70, 80).completed).toBe(false);
    const oneFailed = {
      ...allStages,
      check: { ...allStages.check, closing: { best: 60, passed: false, attempts: 2 } },
    };
    expect(buildReport(oneFailed, 70, 80).completed).toBe(false);
  });

  it('the final decides success at the pass mark, with its best score', () => {
    const failed = buildReport({ read: {}, check: { final: { best: 79, passed: false, attempts: 1 } } }, 10, 80);
    expect(failed).toMatchObject({ success: 'failed', score: 79 });
    expect(lessonStatus12(failed)).toBe('failed');
    const passed = buildReport(
      { ...allStages, check: { ...allStages.check, final: { best: 80, passed: false, attempts: 2 } } },
      100,
      80,
    );
    expect(passed).toMatchObject({ success: 'passed', score: 80, completed: true });
    expect(reportValues(passed, '1.2')).toEqual([
      ['cmi.core.lesson_status', 'passed'],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '80'],
    ]);
    expect(Object.fromEntries(reportValues(passed, '2004'))).toEqual({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.progress_measure': '1',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.raw': '80',
      'cmi.score.scaled': '0.8',
    });
  });

  it('1.2 status: completed without a final result, incomplete before', () => {
    expect(lessonStatus12({ completed: true, success: 'unknown', score: null, progress: 90 })).toBe('completed');
    expect(lessonStatus12({ completed: false, success: 'passed', score: 85, progress: 20 })).toBe('passed');
  });
});

describe('session time', () => {
  it('1.2 HHHH:MM:SS.SS', () => {
    expect(timespan12(0)).toBe('00:00:00.00');
    expect(timespan12(3_723_450)).toBe('01:02:03.45');
    expect(timespan12(-5)).toBe('00:00:00.00');
  });
  it('2004 ISO 8601 durations', () => {
    expect(duration2004(0)).toBe('PT0S');
    expect(duration2004(3_723_450)).toBe('PT1H2M3.45S');
    expect(duration2004(60_000)).toBe('PT1M0S');
  });
  it('scorm-again accepts both', () => {
    const a = new Scorm12API({ logLevel: 5 });
    a.LMSInitialize('');
    expect(a.LMSSetValue('cmi.core.session_time', timespan12(3_723_450))).toBe('true');
    const b = new Scorm2004API({ logLevel: 5 });
    b.Initialize('');
    expect(b.SetValue('cmi.session_time', duration2004(3_723_450))).toBe('true');
  });
});
