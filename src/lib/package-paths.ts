/**
 * Site paths inside an LMS package. The LMS serves the package from a folder of its own
 * choosing and need not map a folder URL to its index.html, so a site path such as
 * `/en/stages/noticing/#outcome` becomes a link relative to the page, to the file itself:
 * `../../en/stages/noticing/index.html#outcome` (for `root` = `../../`).
 * Shared by the packaging script (Node) and the pages' scripts: no imports.
 */

/** `root`: the way from the page's folder up to the package root, `''` or like `../../`. */
export function toPackageHref(path: string, root: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const cut = path.search(/[?#]/);
  const pathname = cut === -1 ? path : path.slice(0, cut);
  const rest = cut === -1 ? '' : path.slice(cut);
  const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const href = `${root}${file.slice(1)}${rest}`;
  return href === '' ? './' : href;
}

/** The root for a file at `file` (package-relative, like `en/stages/noticing/index.html`). */
export function rootFor(file: string): string {
  return '../'.repeat(file.split('/').length - 1);
}

/** The site path of a page from its URL path and the package root's URL path: the inverse of toPackageHref. */
export function sitePathOf(pathname: string, rootPath: string): string {
  const inner = pathname.startsWith(rootPath) ? pathname.slice(rootPath.length) : pathname.replace(/^\/+/, '');
  return `/${inner.replace(/(^|\/)index\.html$/, '$1')}`;
}
