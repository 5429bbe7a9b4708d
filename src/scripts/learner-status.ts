/**
 * Plain-DOM status for pages without React: the header's overall progress, a stage page's
 * own progress and "read" mark, the last-activity marker, and notices about stored data.
 * Loaded when the browser is idle, so it never delays the first paint.
 */
import { overallProgress, type StagePlan } from '../lib/progress';
import { format } from '../i18n/format';
import { downloadText } from '../islands/download';
import { computed } from 'nanostores';
import { isSitePath } from '../lib/records';
import {
  $allRecords,
  $exercises,
  $lastActivity,
  $practice,
  $progressRecords,
  markStageRead,
  noteActivity,
  nowIso,
} from '../stores/learner';
import { currentSitePath } from './package-links';
import { $futureRecords, $setAside, discardSetAside, setAsideDocument } from '../stores/notices';
import { $storageHealth } from '../stores/storage-engine';
import { yieldToPage } from '../lib/yield';
// Imported with the rest (not when asked for): with the stores' top-level await, a dynamic
// import here split their chunks and put a shared preload helper in front of every page's
// header script, which delayed the largest paint by 0.2-0.3 s in Lighthouse.
import { buildExport } from '../lib/export-file';

function readJson<T>(id: string): T | null {
  try {
    return JSON.parse(document.getElementById(id)?.textContent ?? 'null') as T;
  } catch {
    return null;
  }
}

function showProgress(plan: StagePlan[]) {
  const pill = document.querySelector<HTMLElement>('[data-overall-progress]');
  const stageLine = document.querySelector<HTMLElement>('[data-stage-progress]');
  $progressRecords.subscribe((records) => {
    const progress = overallProgress(plan, records);
    if (pill) {
      delete pill.dataset['pending'];
      pill.querySelector('[data-overall-value]')!.textContent = `${progress.percent}%`;
    }
    if (stageLine) {
      const stage = progress.stages.find((s) => s.slug === stageLine.dataset['stageProgress']);
      if (stage) {
        delete stageLine.dataset['pending'];
        stageLine.textContent = format(stageLine.dataset['template'] ?? '', { percent: stage.percent });
      }
    }
  });
}

/** Steps of the guided path (`data-done="read:<slug>"` etc.): done ones marked, the first unfinished stage "up next". */
function showPath(plan: StagePlan[]) {
  const steps = document.querySelectorAll<HTMLElement>('[data-done]');
  if (steps.length === 0) return;
  $progressRecords.subscribe((records) => {
    const progress = overallProgress(plan, records);
    for (const step of steps) {
      const [what, slug] = (step.dataset['done'] ?? '').split(':') as [string, string];
      const stage = progress.stages.find((s) => s.slug === slug);
      const done =
        what === 'read'
          ? Boolean(stage?.read)
          : what === 'check'
            ? Boolean(stage?.checkPassed)
            : what === 'practice'
              ? Boolean(
                  stage &&
                  stage.exercisesDone === stage.exercisesTotal &&
                  stage.worksheetsCompleted === stage.worksheetsTotal,
                )
              : false;
      step.dataset['state'] = done ? 'done' : 'open';
      step.querySelector<HTMLElement>('.done-mark')?.toggleAttribute('hidden', !done);
    }
    const next = progress.stages.find((s) => s.percent < 100);
    for (const badge of document.querySelectorAll<HTMLElement>('[data-up-next]')) {
      badge.hidden = badge.closest<HTMLElement>('[data-path-stage]')?.dataset['pathStage'] !== next?.slug;
    }
  });
}

/** The home page greets a returning learner with where they left off. */
function showResume() {
  const box = document.querySelector<HTMLElement>('[data-resume]');
  if (!box) return;
  const last = $lastActivity.get();
  if (!last || !isSitePath(last.path)) return;
  box.querySelector('[data-resume-text]')!.textContent = format(box.dataset['template'] ?? '', { title: last.title });
  box.querySelector<HTMLAnchorElement>('[data-resume-link]')!.href = last.path;
  box.hidden = false;
}

/** A stage page counts as read once its last section has been on screen. */
function watchReading() {
  const main = document.getElementById('main');
  const slug = main?.dataset['stage'];
  const end = document.getElementById('practice');
  if (!slug || !end) return;
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      markStageRead(slug);
      observer.disconnect();
    }
  });
  observer.observe(end);
}

type NoticeStrings = Record<
  | 'keptForTab'
  | 'keptForPage'
  | 'exportNow'
  | 'setAside'
  | 'download'
  | 'discard'
  | 'discardConfirm'
  | 'future'
  | 'close',
  string
>;

/** Downloads everything this tab holds, stored or not: the way out when storage refuses. */
async function exportNow() {
  const now = nowIso();
  downloadText(
    JSON.stringify(buildExport($allRecords.get(), $lastActivity.get(), now), null, 2),
    `ssm-playbook-${now.slice(0, 10)}.json`,
  );
}

function showNotices(box: HTMLElement, strings: NoticeStrings) {
  const render = () => {
    box.replaceChildren();
    const add = (text: string, actions: [string, () => void][] = []) => {
      const p = document.createElement('p');
      p.className = 'notice warn';
      p.setAttribute('role', 'status');
      p.append(text);
      for (const [label, act] of actions) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'secondary';
        button.textContent = label;
        button.addEventListener('click', act);
        p.append(' ', button);
      }
      box.append(p);
    };
    const health = $storageHealth.get();
    if (health === 'tab') add(strings.keptForTab, [[strings.exportNow, () => void exportNow()]]);
    if (health === 'page') add(strings.keptForPage, [[strings.exportNow, () => void exportNow()]]);
    if ($setAside.get().length > 0) {
      add(strings.setAside, [
        [strings.download, () => downloadText(setAsideDocument(), 'ssm-playbook-set-aside.json')],
        [strings.discard, () => confirm(strings.discardConfirm) && discardSetAside()],
      ]);
    }
    if ($futureRecords.get().length > 0) add(strings.future);
    box.hidden = box.childElementCount === 0;
  };
  for (const store of [$storageHealth, $setAside, $futureRecords]) store.listen(render);
  render();
}

/** Exercise cards on the index: not started, in progress, or done with the best score. */
function showExerciseStatus(strings: Record<'notStarted' | 'inProgress' | 'done' | 'best', string>) {
  const cards = document.querySelectorAll<HTMLElement>('[data-exercise-status]');
  if (cards.length === 0) return;
  // The tick is drawn by the page (Icon.astro, in a template), so this script carries no icon code.
  const tick = document.querySelector<HTMLTemplateElement>('template[data-done-icon]')?.content;
  // Role exercises and practice exercises share the card; their ids never collide.
  computed([$exercises, $practice], (exercise, practice) => ({ ...practice, ...exercise })).subscribe((records) => {
    for (const card of cards) {
      const record = records[card.dataset['exerciseStatus'] ?? ''];
      if (record?.completedAt)
        card.replaceChildren(
          tick?.cloneNode(true) ?? '',
          ` ${strings.done} · ${format(strings.best, { score: record.best ?? 0 })}`,
        );
      else card.textContent = record ? strings.inProgress : strings.notStarted;
    }
  });
}

/**
 * Each step is its own task, so a learner with many records never meets one long task on a
 * reading page: the stores are read in the first step that needs them, the rest follow.
 */
export async function startLearnerStatus() {
  const exerciseStrings = readJson<Parameters<typeof showExerciseStatus>[0]>('exercise-status-strings');
  if (exerciseStrings) {
    showExerciseStatus(exerciseStrings);
    await yieldToPage();
  }
  const plan = readJson<StagePlan[]>('progress-plan');
  if (plan) {
    showProgress(plan);
    await yieldToPage();
    showPath(plan);
    await yieldToPage();
  }
  // Before noting this visit, which would make the home page its own "last activity".
  showResume();
  watchReading();
  const main = document.getElementById('main');
  const activity = main?.dataset['activity'];
  if (activity) noteActivity(currentSitePath(), activity);
  await yieldToPage();
  const box = document.getElementById('learner-notice');
  const strings = readJson<NoticeStrings>('notice-strings');
  if (box && strings) showNotices(box, strings);
}
