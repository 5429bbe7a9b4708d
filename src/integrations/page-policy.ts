/** After the build, every page's policy keeps only the hashes of its own inline elements. */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trimPagePolicy } from '../lib/page-policy';

export function pagePolicy(): AstroIntegration {
  return {
    name: 'ssm-page-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        for (const name of await readdir(root, { recursive: true })) {
          if (!name.endsWith('.html')) continue;
          const file = join(root, name);
          const html = await readFile(file, 'utf8');
          const trimmed = trimPagePolicy(html);
          if (trimmed !== html) {
            await writeFile(file, trimmed);
            pages++;
          }
        }
        logger.info(`policy hashes cut to each page's own on ${pages} pages`);
      },
    },
  };
}
