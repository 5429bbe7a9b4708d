/**
 * Site paths on pages that may run inside an LMS package, where the packaging step marks
 * `<html data-lms-root="../../">` (the way up to the package root). Outside a package both
 * functions return their input's normal-site form.
 */
import { sitePathOf, toPackageHref } from '../lib/package-paths';

const packageRoot = () => (typeof document === 'undefined' ? undefined : document.documentElement.dataset['lmsRoot']);

/** A link to a site path (`/en/stages/noticing/`) that works here. */
export function siteHref(path: string): string {
  const root = packageRoot();
  return root === undefined ? path : toPackageHref(path, root);
}

/** This page's site path (`/en/stages/noticing/`), also inside a package. */
export function currentSitePath(): string {
  const root = packageRoot();
  return root === undefined
    ? location.pathname
    : sitePathOf(location.pathname, new URL(root || './', location.href).pathname);
}
