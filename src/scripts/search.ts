/**
 * The search page: a small UI over Pagefind's JS API (13 KB gzip, loaded on this page only)
 * instead of Pagefind's stock UI (31 KB). The index is the one for this page's `<html lang>`.
 * `?q=` pre-fills the search, so a search can be shared as a link.
 */
import { format } from '../i18n/format';
import { siteHref } from './package-links';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; sub_results?: PagefindSubResult[] }>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch(term: string, options?: unknown, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}
type Strings = Record<'results' | 'none' | 'more' | 'unavailable' | 'otherEdition', string>;

/** Pagefind splits Chinese into words with spaces; a reader wants the text as written. */
export const joinCjk = (text: string) =>
  text.replace(/([\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/g, '$1');

const PAGE = 10;

/** Pagefind excerpts are escaped text with <mark> around hits: keep exactly that, as nodes. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...doc.body.firstChild!.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = joinCjk(node.textContent ?? '');
      return mark;
    }
    return document.createTextNode(joinCjk(node.textContent ?? ''));
  });
}

/** A hit links to the section it was found in (a glossary term, a stage's outcome), not just the page. */
function resultItem(data: Awaited<ReturnType<PagefindResult['data']>>, query: string): HTMLLIElement {
  const li = document.createElement('li');
  const page = data.meta.title ?? data.url;
  // The section named like the query first (the glossary entry itself), then the one with most hits.
  const named = (title: string) => title.toLowerCase().includes(query.toLowerCase());
  // Among sections named like the query, the shortest title is the closest (the term, not "… support").
  const score = (sub: PagefindSubResult) =>
    (named(sub.title) ? 1000 - sub.title.length : 0) + sub.excerpt.split('<mark>').length;
  const section = data.sub_results?.filter((sub) => sub.url.includes('#')).sort((a, b) => score(b) - score(a))[0];
  const title = section && section.title !== page ? `${page} › ${section.title}` : page;
  const link = Object.assign(document.createElement('a'), {
    href: siteHref(section?.url ?? data.url),
    textContent: title,
  });
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(section?.excerpt ?? data.excerpt));
  li.append(link, excerpt);
  return li;
}

export async function startSearch() {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !input || !status || !list || !more) return;
  const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Strings;
  // A rep came here to type: the box has focus on arrival.
  input.focus();
  /** The other edition's search page, from the header's language link. */
  const otherEdition = document.querySelector<HTMLAnchorElement>('.lang a[hreflang]');
  const otherBase = otherEdition?.getAttribute('href') ?? '';
  /** The language link carries the query, so a switch searches the other edition at once. */
  const keepQuery = (q: string) => {
    if (otherEdition) otherEdition.href = q ? `${otherBase}?q=${encodeURIComponent(q)}` : otherBase;
  };

  let pagefind: Pagefind;
  try {
    // Built after the site by the Pagefind CLI, so it is loaded by URL, not bundled; the URL is
    // relative to this script (in _astro/), so it also works inside an LMS package.
    const url = new URL(['..', 'pagefind', 'pagefind.js'].join('/'), import.meta.url).href;
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Results as site paths (`/en/…`), which siteHref turns into links that work here.
    await pagefind.options({ baseUrl: '/' });
  } catch {
    status.textContent = strings.unavailable;
    return;
  }

  let results: PagefindResult[] = [];
  let shown = 0;
  let query = '';
  const showMore = async () => {
    const next = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
    list.append(...next.map((data) => resultItem(data, query)));
    shown += next.length;
    more.hidden = shown >= results.length;
  };
  const run = async (term: string, debounce: boolean) => {
    const q = term.trim();
    history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    keepQuery(q);
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const search = debounce ? await pagefind.debouncedSearch(q, {}, 200) : await pagefind.search(q);
    if (search === null) return; // superseded by a newer keystroke
    results = search.results;
    shown = 0;
    query = q;
    list.replaceChildren();
    status.textContent = format(results.length ? strings.results : strings.none, { n: results.length, q });
    if (results.length === 0 && otherEdition) {
      // Nothing here: the other edition may have it (a term typed in its language).
      const link = Object.assign(document.createElement('a'), {
        href: otherEdition.getAttribute('href') ?? '',
        textContent: format(strings.otherEdition, { q }),
        hreflang: otherEdition.hreflang,
        lang: otherEdition.lang,
      });
      status.append(' ', link);
    }
    await showMore();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value, false);
  });
  input.addEventListener('input', () => void run(input.value, true));
  more.addEventListener('click', () => void showMore());
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    await run(q, false);
  }
}
