import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { caseSchema } from './schemas/case';
import { checkSchema } from './schemas/check';
import { facilitationSchema } from './schemas/facilitation';
import { glossarySchema } from './schemas/glossary';
import { pageSchema } from './schemas/page';
import { practiceSchema } from './schemas/practice';
import { stageSchema } from './schemas/stage';
import { worksheetSchema } from './schemas/worksheet';
import { workshopPlanSchema } from './schemas/workshop-plan';
import { workedExampleSchema } from './schemas/worked-example';

/**
 * Every collection lives under `content/<collection>/<locale>/`. Ids are the path without
 * extension (`en/01-noticing`), never a frontmatter `slug`, so both locales can share slugs.
 */
function fromContent(collection: string, pattern: string) {
  return glob({
    pattern,
    base: `./content/${collection}`,
    generateId: ({ entry }) => entry.replace(/\.(mdx|ya?ml|json)$/, ''),
  });
}

export const collections = {
  stages: defineCollection({ loader: fromContent('stages', '**/*.mdx'), schema: stageSchema }),
  pages: defineCollection({ loader: fromContent('pages', '**/*.mdx'), schema: pageSchema }),
  glossary: defineCollection({ loader: fromContent('glossary', '**/*.{yaml,yml}'), schema: glossarySchema }),
  cases: defineCollection({ loader: fromContent('cases', '**/*.{yaml,yml}'), schema: caseSchema }),
  checks: defineCollection({ loader: fromContent('checks', '**/*.{yaml,yml}'), schema: checkSchema }),
  practice: defineCollection({ loader: fromContent('practice', '**/*.{yaml,yml}'), schema: practiceSchema }),
  'worked-examples': defineCollection({
    loader: fromContent('worked-examples', '**/*.{yaml,yml}'),
    schema: workedExampleSchema,
  }),
  worksheets: defineCollection({ loader: fromContent('worksheets', '**/*.{yaml,yml}'), schema: worksheetSchema }),
  facilitation: defineCollection({
    loader: fromContent('facilitation', '**/*.{yaml,yml}'),
    schema: facilitationSchema,
  }),
  workshopPlans: defineCollection({
    loader: fromContent('workshop-plans', '**/*.{yaml,yml}'),
    schema: workshopPlanSchema,
  }),
};
