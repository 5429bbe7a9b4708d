/**
 * Offline use, page side: registers the service worker (scripts/service-worker.template.js),
 * says when a new version is ready (never reloads by itself: the learner may be typing),
 * and offers "Keep the whole site offline". On a later visit, when the browser is idle and
 * the connection is not metered, the whole site is kept without asking (never with
 * Save-Data on). A first visit caches only the visited pages, the reading pages of its
 * language and the quick reference in both.
 */
import { format } from '../i18n/format';
import { mayDownloadSite, type ConnectionHints } from '../lib/offline-policy';

type Strings = Record<'saving' | 'saved' | 'failed' | 'updateReady' | 'reload', string>;

function showUpdate(strings: Strings, onReload: () => void) {
  const box = document.querySelector<HTMLElement>('[data-update-notice]');
  const button = box?.querySelector<HTMLButtonElement>('[data-update-reload]');
  if (!box || !button) return;
  box.querySelector('[data-update-text]')!.textContent = strings.updateReady;
  button.textContent = strings.reload;
  button.onclick = onReload;
  box.hidden = false;
}

function watchUpdates(registration: ServiceWorkerRegistration, strings: Strings) {
  let reloading = false;
  const offer = () => {
    const waiting = registration.waiting;
    showUpdate(strings, () => {
      reloading = true;
      // The new version takes over, then this page reloads under it.
      if (waiting) waiting.postMessage({ type: 'skip-waiting' });
      else location.reload();
    });
  };
  // Only an update: on a first visit nothing controls the page yet.
  if (registration.waiting && navigator.serviceWorker.controller) offer();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) offer();
    });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
    // Another tab took the new version: this page is still the old one, say so.
    else offer();
  });
}

function wireKeepAll(registration: ServiceWorkerRegistration, control: HTMLElement, strings: Strings) {
  const button = control.querySelector<HTMLButtonElement>('[data-keep-all]');
  const status = control.querySelector<HTMLElement>('[data-offline-status]');
  if (!button || !status) return;
  control.hidden = false;
  const keepAll = () => {
    button.disabled = true;
    status.textContent = format(strings.saving, { percent: 0 });
    registration.active?.postMessage({ type: 'keep-all' });
  };
  button.addEventListener('click', keepAll);
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as {
      type?: string;
      done?: number;
      total?: number;
      ok?: boolean;
      complete?: boolean;
      keepAll?: boolean;
    };
    if (data.type === 'keep-all-progress' && data.total) {
      button.disabled = true;
      status.textContent = format(strings.saving, { percent: Math.floor(((data.done ?? 0) / data.total) * 100) });
    }
    if (data.type === 'keep-all-done') {
      button.disabled = Boolean(data.ok);
      status.textContent = data.ok ? strings.saved : strings.failed;
    }
    if (data.type === 'offline-status') {
      if (data.complete) {
        button.disabled = true;
        status.textContent = strings.saved;
      } else {
        // Resume an interrupted "keep all"; or, on a later visit, keep it all unasked when unmetered.
        const connection = (navigator as Navigator & { connection?: ConnectionHints }).connection;
        const later = Boolean(navigator.serviceWorker.controller);
        if (data.keepAll || (later && mayDownloadSite(connection, matchMedia('(pointer: fine)').matches))) keepAll();
      }
    }
  });
  registration.active?.postMessage({ type: 'offline-status' });
}

export async function startOffline() {
  const registration = await navigator.serviceWorker.register('/sw.js');
  // A browser that blocks service workers (a policy, a test harness) may hand back nothing.
  if (!registration) return;
  const control = document.querySelector<HTMLElement>('[data-offline-control]');
  let strings: Strings | null;
  try {
    strings = JSON.parse(control?.dataset['strings'] ?? 'null') as Strings | null;
  } catch {
    strings = null;
  }
  if (!control || !strings) return;
  watchUpdates(registration, strings);
  // The first visit's worker may still be installing: offer the control once it is active.
  await navigator.serviceWorker.ready;
  wireKeepAll(registration, control, strings);
}
