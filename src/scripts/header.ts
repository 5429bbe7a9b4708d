/**
 * The script every page runs: theme toggle; language links that carry the current #anchor
 * so a reader lands on the same section in the other language; and, when idle, the
 * learner-status module (progress in the header, notices about stored data).
 */
const THEME_KEY = 'ssm:theme';

function effectiveTheme(): 'light' | 'dark' {
  const set = document.documentElement.dataset['theme'];
  if (set === 'light' || set === 'dark') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function initThemeToggle(button: HTMLButtonElement) {
  const show = () => button.setAttribute('aria-pressed', String(effectiveTheme() === 'dark'));
  show();
  button.addEventListener('click', () => {
    const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage unavailable: the choice lasts for this page only, which is fine for a theme.
    }
    show();
  });
}

/** Wires the header. Safe to call once per page. */
export function initHeader() {
  // Inside an LMS package (marked by the packaging step) the LMS serves the files: no service worker.
  const lms = document.documentElement.dataset['lms'];
  // Learner status needs the stores; load it once the page is idle.
  const later = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
  // A failed load (usually the reader left while it loaded; Firefox then rejects the import)
  // loses nothing: the next page loads it again.
  const quietly = () => {};
  const started: Promise<unknown>[] = [];
  const start = (load: () => Promise<unknown>) =>
    started.push(new Promise((done) => later(() => void load().then(done, done))));
  start(() => import('./learner-status').then((m) => m.startLearnerStatus(), quietly));
  if (lms) start(() => import('./lms-page').then((m) => m.startLmsPage(), quietly));
  // Offline use: the service worker caches visited pages (not in the dev server, not in a package).
  if (import.meta.env.PROD && 'serviceWorker' in navigator && !lms) {
    // No service worker (blocked, or not served): the site simply works online only.
    start(() => import('./offline').then((m) => m.startOffline(), quietly));
  }
  // Says when the idle modules have loaded and started, or failed: a test that walks page to
  // page waits for it, so it never leaves a page while the page still fetches them.
  const root = document.documentElement;
  root.dataset['idleModules'] = 'loading';
  void Promise.all(started).then(() => (root.dataset['idleModules'] = 'started'));
  const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (toggle) initThemeToggle(toggle);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) {
    link.addEventListener('click', () => {
      if (location.hash) link.hash = location.hash;
    });
  }
}
