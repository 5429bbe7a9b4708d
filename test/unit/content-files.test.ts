import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/schemas/case';
import { checkSchema } from '../../src/schemas/check';
import { facilitationSchema } from '../../src/schemas/facilitation';
import { glossarySchema } from '../../src/schemas/glossary';
import { pageSchema } from '../../src/schemas/page';
import { stageSchema } from '../../src/schemas/stage';
import { worksheetSchema } from '../../src/schemas/worksheet';
import { workshopPlanSchema } from '../../src/schemas/workshop-plan';
import { listContent, readData } from '../content-files';

const collections = [
  { name: 'stages', schema: stageSchema, ext: ['.mdx'] },
  { name: 'pages', schema: pageSchema, ext: ['.mdx'] },
  { name: 'glossary', schema: glossarySchema, ext: ['.yaml'] },
  { name: 'cases', schema: caseSchema, ext: ['.yaml'] },
  { name: 'checks', schema: checkSchema, ext: ['.yaml'] },
  { name: 'worksheets', schema: worksheetSchema, ext: ['.yaml'] },
  { name: 'facilitation', schema: facilitationSchema, ext: ['.yaml'] },
  { name: 'workshop-plans', schema: workshopPlanSchema, ext: ['.yaml'] },
] as const;

describe.each(collections)('content/$name', ({ name, schema, ext }) => {
  const files = listContent(name, [...ext]);
  it('has files', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s matches its schema', (file) => {
    const result = schema.safeParse(readData(name, file));
    const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(problems, `${name}/${file}`).toEqual([]);
  });
});
