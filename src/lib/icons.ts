/**
 * The site's icons as SVG path data on a 24×24 grid, drawn with a 2.5 stroke in currentColor.
 * One list shared by the Astro `Icon` and the React `Icon`, so both draw the same marks.
 * Icons are decoration: each use keeps its words for screen readers and hides the icon.
 */
/** The tick alone, for plain scripts that should not carry the whole list. */
export const checkPath = 'M5 12.5l4.5 4.5L19 7.5';

export const icons = {
  check: checkPath,
  cross: 'M6.5 6.5l11 11M17.5 6.5l-11 11',
  partial: 'M12 3.5a8.5 8.5 0 1 0 0 17a8.5 8.5 0 1 0 0-17M12 7.5a4.5 4.5 0 0 0 0 9Z',
  circle: 'M12 3.5a8.5 8.5 0 1 0 0 17a8.5 8.5 0 1 0 0-17',
  alert: 'M12 3.5a8.5 8.5 0 1 0 0 17a8.5 8.5 0 1 0 0-17M12 7.5v5.5M12 16.5v.5',
  warning: 'M12 3.5L21.5 20h-19ZM12 9.5v4.5M12 17v.5',
  question: 'M9 9a3 3 0 1 1 4.5 2.6c-1 .6-1.5 1.2-1.5 2.4M12 17.5v.5',
  dash: 'M6 12h12',
  'arrow-right': 'M4.5 12h15M13.5 6l6 6-6 6',
  'arrow-left': 'M19.5 12h-15M10.5 6l-6 6 6 6',
  'arrow-up': 'M12 19.5v-15M6 10.5l6-6 6 6',
  'arrow-down': 'M12 4.5v15M6 13.5l6 6 6-6',
  'sort-up': 'M6 15l6-6 6 6Z',
  'sort-down': 'M6 9l6 6 6-6Z',
  'chevron-right': 'M9.5 6l6 6-6 6',
  moon: 'M12 3a9 9 0 1 0 9 9 7 7 0 0 1-9-9Z',
} as const;

/** The name of one of the site's icons. */
export type IconName = keyof typeof icons;

/** Icons drawn filled rather than stroked (solid shapes read better at text size). */
export const filledIcons: ReadonlySet<IconName> = /* @__PURE__ */ new Set<IconName>(['sort-up', 'sort-down', 'moon']);
