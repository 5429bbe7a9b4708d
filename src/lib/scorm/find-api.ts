/**
 * Finding the LMS's run-time API the way the SCORM run-time specifications describe it:
 * the window itself, then up its chain of parent frames (a bounded number of levels), then
 * the window that opened the top one (an LMS may launch the course in a pop-up). A frame
 * from another origin throws on access; it is skipped, never fatal.
 */
export type ScormVersion = '1.2' | '2004';

/** The global object name an LMS puts its API under. */
export const apiName: Record<ScormVersion, 'API' | 'API_1484_11'> = { '1.2': 'API', '2004': 'API_1484_11' };

/** ADL's sample code climbs 7 parents for 1.2 and 500 for 2004; both are far more than any LMS nests. */
export const maxParents: Record<ScormVersion, number> = { '1.2': 7, '2004': 500 };

/** What we need of a window: its parent, top and opener, and properties by name. */
export interface FrameLike {
  parent?: FrameLike | null;
  top?: FrameLike | null;
  opener?: FrameLike | null;
}

function read(win: FrameLike | null | undefined, name: string): unknown {
  try {
    const value = win ? (win as Record<string, unknown>)[name] : undefined;
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined; // another origin's window
  }
}

function parentOf(win: FrameLike): FrameLike | null {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : null;
  } catch {
    return null;
  }
}

function climb(start: FrameLike | null | undefined, name: string, limit: number): unknown {
  let win: FrameLike | null = start ?? null;
  for (let level = 0; win && level <= limit; level++) {
    const api = read(win, name);
    if (api) return api;
    win = parentOf(win);
  }
  return undefined;
}

/** The API object of the given version, or undefined when no LMS is around. */
export function findApi(start: FrameLike, version: ScormVersion): unknown {
  const name = apiName[version];
  const limit = maxParents[version];
  const found = climb(start, name, limit);
  if (found) return found;
  let opener: FrameLike | null | undefined;
  try {
    opener = (start.top ?? start).opener ?? start.opener;
  } catch {
    opener = undefined;
  }
  return opener ? climb(opener, name, limit) : undefined;
}
