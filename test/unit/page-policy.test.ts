import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, trimPagePolicy } from '../../src/lib/page-policy';

const hash = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
const theme = "try{document.documentElement.dataset.theme='dark'}catch(e){}";
const style = 'body{color:red}';
const other = 'other{}';
const page = (policy: string, body = '') =>
  `<!DOCTYPE html><html><head><script>${theme}</script>` +
  `<meta http-equiv="content-security-policy" content="${policy}">` +
  `<style>${style}</style><script type="module" src="/_astro/a.js"></script></head><body>${body}</body></html>`;
const quoted = (source: string) => `'${source}'`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)![1]!;

describe('trimPagePolicy', () => {
  const full =
    `object-src ${quoted('none')}; script-src ${quoted('self')} ${quoted(hash(theme))} ${quoted(hash('x()'))}; ` +
    `style-src ${quoted('self')} ${quoted(hash(style))} ${quoted(hash(other))}`;

  it("keeps the hashes of the page's own inline script and style, and drops the others", () => {
    const policy = policyOf(trimPagePolicy(page(full)));
    expect(policy).toContain(quoted(hash(theme)));
    expect(policy).toContain(quoted(hash(style)));
    expect(policy).not.toContain(hash('x()'));
    expect(policy).not.toContain(hash(other));
  });

  it('leaves every other source and directive as it was', () => {
    const policy = policyOf(trimPagePolicy(page(full)));
    expect(policy).toBe(
      `object-src ${quoted('none')}; script-src ${quoted('self')} ${quoted(hash(theme))}; style-src ${quoted('self')} ${quoted(hash(style))}`,
    );
  });

  it('keeps a hash whose inline element is in the body, and ignores scripts with a src', () => {
    const inBody = page(full, `<script>x()</script><script src="/b.js">ignored()</script>`);
    const policy = policyOf(trimPagePolicy(inBody));
    expect(policy).toContain(hash('x()'));
    expect([...inlineHashes(inBody)]).not.toContain(hash('ignored()'));
  });

  it('hashes the text as UTF-8, as a browser does', () => {
    const chinese = "document.title='学习进度'";
    expect(inlineHashes(`<script>${chinese}</script>`)).toContain(hash(chinese));
  });

  it('reads a policy whose quotes are written as &#39;', () => {
    const escaped = page(full.replaceAll("'", '&#39;'));
    const policy = policyOf(trimPagePolicy(escaped));
    expect(policy).toContain(quoted(hash(theme)));
    expect(policy).not.toContain(hash(other));
  });

  it('returns a page without a policy unchanged', () => {
    const html = '<html><script>x()</script></html>';
    expect(trimPagePolicy(html)).toBe(html);
  });
});
