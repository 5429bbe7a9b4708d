/**
 * An icon for plain-DOM scripts, drawn as Icon.astro and Icon.tsx draw it (hidden from screen
 * readers). It takes the path data rather than the name alone, so a script bundles only its icons.
 */
import type { IconName } from '../lib/icons';

const SVG = 'http://www.w3.org/2000/svg';

export function iconElement(name: IconName, d: string, filled = false): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  const attrs: Record<string, string> = {
    class: `icon icon-${name}`,
    'aria-hidden': 'true',
    viewBox: '0 0 24 24',
    width: '1em',
    height: '1em',
    fill: filled ? 'currentColor' : 'none',
    stroke: filled ? 'none' : 'currentColor',
    'stroke-width': '2.5',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  };
  for (const [key, value] of Object.entries(attrs)) svg.setAttribute(key, value);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}
