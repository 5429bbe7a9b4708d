// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Icon } from '../../src/islands/Icon';
import { filledIcons, icons, type IconName } from '../../src/lib/icons';

const names = Object.keys(icons) as IconName[];

describe.each(names)('icon %s', (name) => {
  it('is path data on the 24-unit grid, with only the commands the icons use', () => {
    expect(icons[name]).toMatch(/^M[\d\s.MLHVACZmlhvacz-]+$/);
    const numbers = icons[name].match(/-?\d*\.?\d+/g)!.map(Number);
    expect(numbers.every((n) => n >= -24 && n <= 24)).toBe(true);
  });

  it('is drawn in React from the shared path data, hidden from screen readers', () => {
    const { container } = render(<Icon name={name} />);
    const svg = container.querySelector('svg')!;
    for (const el of [svg]) {
      expect(el.getAttribute('aria-hidden')).toBe('true');
      expect(el.getAttribute('class')).toContain(`icon-${name}`);
      expect(el.querySelector('path')!.getAttribute('d')).toBe(icons[name]);
      expect(el.getAttribute('fill')).toBe(filledIcons.has(name) ? 'currentColor' : 'none');
    }
  });
});
