/**
 * Drives the presenter pages (src/pages/[lang]/present/[slug].astro): one slide at a time,
 * reveals on a key press, the place kept in the URL hash, a presenter window (`?notes`) with
 * the current and next slide, notes and a timer, both windows kept together through a
 * BroadcastChannel. A small plain script rather than reveal.js: the slides are Astro's
 * server-rendered HTML, the CSP allows no inline styles (reveal.js writes style attributes
 * for its layout and scaling), and the whole job fits in a few kilobytes. Only classes,
 * `hidden`, `data-*` and text are changed here, all of which the CSP allows.
 */
import { move, parsePosition, positionHash } from '../lib/present-deck';

type Position = { index: number; step: number };
type Message = { type: 'go'; position: Position; from: string } | { type: 'hello'; from: string };

export function startPresenter(): void {
  const root = document.documentElement;
  const deck = document.querySelector<HTMLElement>('#deck');
  if (!deck) return;
  const slides = [...deck.querySelectorAll<HTMLElement>('.slide')];
  const steps = slides.map((s) => Number(s.dataset['steps'] ?? 0));
  const notesMode = new URLSearchParams(location.search).has('notes');
  const me = Math.random().toString(36).slice(2);
  const template =
    (JSON.parse(document.getElementById('present-strings')?.textContent ?? '{}') as { position?: string }).position ??
    '{n} / {total}';
  const positionText = (p: Position) =>
    template.replace('{n}', String(p.index + 1)).replace('{total}', String(slides.length));
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(deck.dataset['channel'] ?? 'ssm-present') : null;
  let position = parsePosition(location.hash, steps);

  root.classList.add('presenting');
  if (notesMode) root.classList.add('notes-mode');
  for (const el of document.querySelectorAll<HTMLElement>(notesMode ? '.notes-view, .deck-controls' : '.deck-controls'))
    el.hidden = false;

  /** A copy of a slide for the presenter window's previews, with its ids and labels removed. */
  const preview = (slide: HTMLElement | undefined, step: number) => {
    if (!slide) return [];
    const copy = slide.cloneNode(true) as HTMLElement;
    copy.removeAttribute('id');
    copy.removeAttribute('aria-label');
    copy.classList.add('current');
    copy.dataset['step'] = String(step);
    copy.querySelector('.slide-notes')?.remove();
    for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
    return [copy];
  };

  function show(next: Position, broadcast: boolean) {
    position = next;
    slides.forEach((slide, i) => {
      slide.classList.toggle('current', i === next.index);
      slide.dataset['step'] = String(i === next.index ? next.step : 0);
    });
    const hash = positionHash(next);
    if (location.hash !== hash) history.replaceState(null, '', hash);
    for (const el of document.querySelectorAll('.deck-position, [data-position]')) el.textContent = positionText(next);
    if (notesMode) {
      const current = slides[next.index];
      // "Next" is what the next key press shows: the reveal on this slide, or the next slide.
      const ahead = move(next, steps, 'next');
      document.querySelector('[data-preview="now"]')?.replaceChildren(...preview(current, next.step));
      document
        .querySelector('[data-preview="next"]')
        ?.replaceChildren(...(ahead === next ? [] : preview(slides[ahead.index], ahead.step)));
      const notes = current?.querySelector('.slide-notes');
      document.querySelector('[data-notes]')?.replaceChildren(...(notes ? [...notes.cloneNode(true).childNodes] : []));
    }
    if (broadcast) channel?.postMessage({ type: 'go', position: next, from: me } satisfies Message);
  }

  const go = (direction: Parameters<typeof move>[2]) => show(move(position, steps, direction), true);
  const blank = () => {
    const screen = document.querySelector<HTMLElement>('.blank-screen');
    if (screen) screen.hidden = !screen.hidden;
  };
  const fullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void root.requestFullscreen?.().catch(() => {});
  };

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select')) return;
    const key = event.key;
    // A focused button or link keeps Space and Enter for itself.
    if ((key === ' ' || key === 'Enter') && target?.closest('button, a')) return;
    if (key === 'ArrowRight' || key === ' ' || key === 'PageDown') go('next');
    else if (key === 'ArrowLeft' || key === 'PageUp') go('prev');
    else if (key === 'Home') go('first');
    else if (key === 'End') go('last');
    else if (key === 'b' || key === 'B' || key === '.') blank();
    else if (key === 'f' || key === 'F') fullScreen();
    else return;
    event.preventDefault();
  });
  // Buttons keep Space and Enter for themselves only when focused; the deck keys act on the slides.
  document.querySelector('[data-go="prev"]')?.addEventListener('click', () => go('prev'));
  document.querySelector('[data-go="next"]')?.addEventListener('click', () => go('next'));
  document.querySelector('[data-open-notes]')?.addEventListener('click', () => {
    window.open(
      `${location.pathname}?notes${positionHash(position)}`,
      'ssm-present-notes',
      'popup,width=1100,height=700',
    );
  });
  window.addEventListener('hashchange', () => show(parsePosition(location.hash, steps), true));

  channel?.addEventListener('message', (event: MessageEvent<Message>) => {
    const data = event.data;
    if (data.from === me) return;
    // A window that just opened asks where the other one is.
    if (data.type === 'hello') channel.postMessage({ type: 'go', position, from: me } satisfies Message);
    else if (data.type === 'go') show(parsePosition(positionHash(data.position), steps), false);
  });

  if (notesMode) startTimer();
  show(position, false);
  if (notesMode) channel?.postMessage({ type: 'hello', from: me } satisfies Message);
}

function startTimer() {
  const clock = document.querySelector<HTMLElement>('[data-timer]');
  let start = Date.now();
  const tick = () => {
    const seconds = Math.floor((Date.now() - start) / 1000);
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = String(seconds % 60).padStart(2, '0');
    if (clock) clock.textContent = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
  };
  document.querySelector('[data-reset-timer]')?.addEventListener('click', () => {
    start = Date.now();
    tick();
  });
  setInterval(tick, 1000);
  tick();
}
