/** An icon for plain-DOM scripts, drawn as Icon.astro and Icon.tsx draw it (hidden from screen readers). */
import { filledIcons, icons, type IconName } from '../lib/icons';

const SVG = 'http://www.w3.org/2000/svg';

export function iconElement(name: IconName): SVGSVGElement {
  const filled = filledIcons.has(name);
  const svg = document.createElementNS(SVG, 'svg');
  const attrs: Record<string, string> = {
    class: `icon icon-${name}`,
    'aria-hidden': 'true',
    focusable: 'false',
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
  path.setAttribute('d', icons[name]);
  svg.append(path);
  return svg;
}
