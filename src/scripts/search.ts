/**
 * Starts Pagefind's UI on the search page. `pagefind-ui.js` is a classic script that runs
 * first and defines `PagefindUI`; `?q=` pre-fills the search so a search can be shared.
 */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

export function startSearch() {
  const box = document.getElementById('search');
  if (!box) return;
  const PagefindUI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
  if (!PagefindUI) {
    box.textContent = box.dataset['unavailable'] ?? '';
    return;
  }
  const ui = new PagefindUI({ element: '#search', showSubResults: true, showImages: false, resetStyles: false });
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
}
