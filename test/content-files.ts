/** Reads content files straight from disk for tests, without Astro. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const contentRoot = join(import.meta.dirname, '..', 'content');

/** Every file under `content/<collection>/` with the given extensions, as paths relative to it. */
export function listContent(collection: string, extensions: string[]): string[] {
  const root = join(contentRoot, collection);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (extensions.some((ext) => entry.name.endsWith(ext))) out.push(relative(root, path));
    }
  };
  try {
    walk(root);
  } catch {
    return [];
  }
  return out.sort();
}

/** Parsed YAML data of a content file, or the frontmatter of an MDX file. */
export function readData(collection: string, file: string): unknown {
  const raw = readFileSync(join(contentRoot, collection, file), 'utf8');
  if (file.endsWith('.mdx')) {
    const match = /^---\n([\s\S]*?)\n---/.exec(raw);
    if (!match) throw new Error(`${collection}/${file}: no frontmatter`);
    return parse(match[1]!);
  }
  return parse(raw);
}

/** Body of an MDX file (after the frontmatter). */
export function readBody(collection: string, file: string): string {
  const raw = readFileSync(join(contentRoot, collection, file), 'utf8');
  return raw.replace(/^---\n[\s\S]*?\n---\n?/, '');
}
