/**
 * Text for the printed page's margin boxes (`@page { @top-left { content: var(--print-head) } }`):
 * a CSS string for a sheet's name, and a page-number line built from a UI string such as
 * "Page {page} of {pages}", whose placeholders become `counter(page)` and `counter(pages)`.
 */

/** `text` as a quoted CSS string (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

/** A CSS `content` value from a template with `{page}` and `{pages}`; other text stays literal. */
export function pageCounterContent(template: string): string {
  const parts = template.split(/(\{pages?\})/).filter((p) => p !== '');
  return parts
    .map((p) => (p === '{page}' ? 'counter(page)' : p === '{pages}' ? 'counter(pages)' : cssString(p)))
    .join(' ');
}
