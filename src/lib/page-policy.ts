/**
 * Each page's Content-Security-Policy, cut to the hashes that page needs. Astro writes the
 * hash of every inline script and style of the whole build into every page's policy
 * (38 hashes, about 1.5 KB gzip a page, and hashes do not compress); a page can only ever
 * run its own inline elements, so the others only cost bytes on every first visit.
 */
import { createHash } from 'node:crypto';

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const HASH_SOURCE = /^'(sha(?:256|384|512)-[A-Za-z0-9+/=]+)'$/;
// The policy sits in a double-quoted attribute: read as text, written back escaped.
const unescape = (value: string) =>
  value
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A policy's hash source for an inline element's text (UTF-8, as a browser hashes it). */
export const sha256 = (text: string): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The hashes of the inline scripts and styles a page holds, as a policy names them. */
export function inlineHashes(html: string): Set<string> {
  const found = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT))
    if (!/\bsrc\s*=/i.test(attributes)) found.add(sha256(body));
  for (const [, body = ''] of html.matchAll(INLINE_STYLE)) found.add(sha256(body));
  return found;
}

/**
 * The page with its policy's script-src and style-src keeping only the hashes of the page's
 * own inline elements; every other source and directive is left as it was. A page without a
 * policy is returned unchanged.
 */
export function trimPagePolicy(html: string): string {
  const match = POLICY.exec(html);
  if (!match) return html;
  const needed = inlineHashes(html);
  const policy = unescape(match[2]!)
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive;
      const kept = sources.filter((source) => {
        const hash = HASH_SOURCE.exec(source)?.[1];
        return hash === undefined || needed.has(hash);
      });
      return [name, ...kept].join(' ');
    })
    .join('; ');
  return html.replace(POLICY, (_, open: string, _content: string, close: string) => `${open}${escape(policy)}${close}`);
}
