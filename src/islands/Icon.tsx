/** One of the site's icons, hidden from screen readers: the words beside it carry the meaning. */
import { filledIcons, icons, type IconName } from '../lib/icons';

export function Icon({ name, className }: { name: IconName; className?: string }) {
  const filled = filledIcons.has(name);
  return (
    <svg
      className={`icon icon-${name}${className ? ` ${className}` : ''}`}
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill={filled ? 'currentColor' : 'none'}
      stroke={filled ? 'none' : 'currentColor'}
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={icons[name]} />
    </svg>
  );
}
