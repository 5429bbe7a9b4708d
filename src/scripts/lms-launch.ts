/**
 * The LMS session, run by the launch page (src/pages/[lang]/lms.astro) of a SCORM package.
 *
 * Life of a session:
 * 1. Find the API (lib/scorm/find-api). None: open the home page, the site as usual.
 * 2. Initialize once. The site's pages load in this page's frame, so page changes never
 *    start a second session; a reload of this page after the LMS closed the session is told
 *    apart (lib/scorm/connection) and only noted.
 * 3. Merge the LMS's suspend_data into the stored records (newer wins, scores never go down),
 *    then open the page the learner was last on.
 * 4. Report from the records whenever they change (status, score, progress, suspend_data,
 *    location, session time); commit at once after a result (page read, check, exercise),
 *    within 10 s after other changes (worksheet typing), and whenever the page is hidden.
 * 5. On pagehide (the LMS closes the course or the learner leaves it): report, set exit to
 *    "suspend" (the next launch resumes with this data), commit and terminate, once.
 */
import { findApi, type ScormVersion } from '../lib/scorm/find-api';
import { LmsConnection, type Failure } from '../lib/scorm/connection';
import { buildReport, elements, locationLimit, reportValues, suspendDataLimit } from '../lib/scorm/report';
import { packSuspendData, unpackSuspendData, type Omitted } from '../lib/scorm/suspend-data';
import { duration2004, timespan12 } from '../lib/scorm/session-time';
import { overallProgress, type StagePlan } from '../lib/progress';
import { format } from '../i18n/format';
import { toPackageHref, sitePathOf } from '../lib/package-paths';
import { $allRecords, $lastActivity, nowIso } from '../stores/learner';
import { mergeLmsRecords } from '../stores/lms';

type Strings = Record<
  | 'lms.failed'
  | 'lms.ended'
  | 'lms.noSession'
  | 'lms.dismiss'
  | 'lms.notFit'
  | 'lms.notFitWorksheets'
  | 'lms.notFitAnswers'
  | 'lms.notFitOther',
  string
>;
interface Config {
  passMark: number;
  plan: StagePlan[];
  lang: string;
  strings: Record<string, Strings>;
}

/** What the site's pages in the frame can read (lms-page.ts): the state of the session. */
export interface LmsState {
  version: ScormVersion;
  limit: number;
  omitted: Omitted[];
  strings: Record<string, Strings>;
}
declare global {
  interface Window {
    ssmLms?: LmsState;
  }
}

/** Later commits for changes that are not results, so typing does not call the LMS per key. */
const QUIET_COMMIT_MS = 10_000;

const versionOf = (mark: string | undefined): ScormVersion | null =>
  mark === 'scorm12' ? '1.2' : mark === 'scorm2004' ? '2004' : null;

function showNotice(text: string) {
  const box = document.querySelector<HTMLElement>('[data-lms-notice]');
  const slot = box?.querySelector('[data-lms-notice-text]');
  if (!box || !slot) return;
  slot.textContent = text;
  box.hidden = false;
  box.querySelector('[data-lms-dismiss]')?.addEventListener('click', () => (box.hidden = true), { once: true });
}

/** What counts as a result: a change here is committed at once. */
function resultsSignature(records: ReturnType<typeof $allRecords.get>): string {
  const checks = Object.entries(records.check).map(([id, r]) => `${id}:${r.attempts}:${r.best}`);
  const exercises = Object.entries(records.exercise).map(([id, r]) => `${id}:${r.attempts}:${r.best}:${r.completedAt}`);
  return JSON.stringify([Object.keys(records.read).sort(), checks.sort(), exercises.sort()]);
}

export function startLaunch() {
  const config = JSON.parse(document.getElementById('lms-config')?.textContent ?? 'null') as Config | null;
  const frame = document.querySelector<HTMLIFrameElement>('[data-lms-frame]');
  const homeLink = document.querySelector<HTMLAnchorElement>('[data-lms-home]');
  const version = versionOf(document.documentElement.dataset['lms']);
  if (!config || !frame || !homeLink) return;
  const home = homeLink.href;
  const api = version ? findApi(window, version) : undefined;
  if (!version || !api) {
    location.replace(home);
    return;
  }
  const strings = config.strings[config.lang] ?? Object.values(config.strings)[0]!;
  const rootUrl = new URL(document.documentElement.dataset['lmsRoot'] || './', location.href);
  const open = (url: string) => {
    frame.src = url;
    frame.hidden = false;
    document.querySelector<HTMLElement>('[data-lms-loading]')!.hidden = true;
  };

  let told = false;
  const onFailure = (failure: Failure) => {
    if (told) return; // shown once; later failures are retried silently
    told = true;
    showNotice(format(strings['lms.failed'], { call: failure.call, code: failure.code }));
  };
  const lms = new LmsConnection(api, version, onFailure);
  const names = elements[version];
  const started = lms.start(version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status');
  if (started === 'ended' || started === 'failed') {
    showNotice(
      started === 'ended'
        ? strings['lms.ended']
        : format(strings['lms.noSession'], { code: lms.failures[0]?.code ?? '' }),
    );
    told = true;
    open(home);
    return;
  }

  const sessionStart = Date.now();
  const state: LmsState = { version, limit: suspendDataLimit[version], omitted: [], strings: config.strings };
  window.ssmLms = state;

  // The LMS's copy of the learner's progress joins this browser's.
  const restored = unpackSuspendData(lms.get(names.suspendData) ?? '', nowIso());
  mergeLmsRecords(restored.records, restored.last);

  let committedResults = '';
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    const records = $allRecords.get();
    const progress = overallProgress(config.plan, records).percent;
    for (const [element, value] of reportValues(buildReport(records, progress, config.passMark), version))
      lms.set(element, value);
    const packed = packSuspendData(records, $lastActivity.get(), suspendDataLimit[version]);
    state.omitted = packed.omitted;
    lms.set(names.suspendData, packed.text);
    const ms = Date.now() - sessionStart;
    lms.set(names.sessionTime, version === '1.2' ? timespan12(ms) : duration2004(ms));
    return records;
  };
  const commit = () => {
    clearTimeout(quietTimer);
    quietTimer = undefined;
    committedResults = resultsSignature(report());
    lms.commit();
  };
  const onChange = () => {
    if (!lms.isOpen) return;
    const records = report();
    if (resultsSignature(records) !== committedResults) commit();
    else quietTimer ??= setTimeout(commit, QUIET_COMMIT_MS);
  };

  commit();
  $allRecords.listen(onChange);
  $lastActivity.listen(onChange);

  // Where the learner is: the LMS keeps it as the bookmark for the next launch.
  frame.addEventListener('load', () => {
    try {
      const page = frame.contentWindow!.location;
      if (page.origin !== location.origin) return;
      const path = sitePathOf(page.pathname, rootUrl.pathname);
      if (path.length <= locationLimit[version]) lms.set(names.location, path);
      document.title = frame.contentDocument?.title || document.title;
    } catch {
      // A page from elsewhere (the learner followed an outside link): nothing to bookmark.
    }
  });
  const bookmark = lms.get(names.location) ?? '';
  open(/^\/[a-z0-9\-/]*$/.test(bookmark) ? new URL(toPackageHref(bookmark, ''), rootUrl).href : home);

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && lms.isOpen) commit();
  });
  window.addEventListener('pagehide', () => {
    if (!lms.isOpen) return;
    lms.set(names.exit, 'suspend');
    commit();
    lms.finish();
  });
}
