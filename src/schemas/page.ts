import { z } from 'astro/zod';
import { text } from './common';

/** `content/pages/<locale>/<page>.mdx`: prose pages (about, overview introduction). */
export const pageSchema = z
  .object({
    title: text,
    /** Meta description and lead paragraph. */
    description: text,
  })
  .strict();
