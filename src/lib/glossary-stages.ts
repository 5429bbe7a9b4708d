/**
 * Which stages a glossary term belongs to, derived from the stage pages themselves: a stage
 * uses a term when its page links to the term's glossary entry (in the body or in any
 * frontmatter text) or names it as the stage's vital sign, one of its sales aids or one of
 * the roles to involve. Deriving it keeps the glossary's "Stages" line true whenever a stage
 * page changes, with no list to keep by hand.
 */

/** What the derivation needs from one stage page. */
export interface StagePageUse {
  number: number;
  /** The MDX body ("In depth"). */
  body: string;
  /** Parsed frontmatter: searched for glossary links in its text and for the named terms. */
  data: {
    vitalSign?: { term: string } | undefined;
    salesAids?: readonly string[] | undefined;
    roles?: readonly { role: string }[] | undefined;
  } & Record<string, unknown>;
}

const linkPattern = /\/(?:en|zh-cn)\/glossary\/#([a-z0-9]+(?:-[a-z0-9]+)*)/g;

/** Glossary ids one stage page uses. */
export function termsUsedBy(page: StagePageUse): Set<string> {
  const used = new Set<string>();
  for (const text of [page.body, JSON.stringify(page.data)])
    for (const match of text.matchAll(linkPattern)) used.add(match[1]!);
  if (page.data.vitalSign) used.add(page.data.vitalSign.term);
  for (const aid of page.data.salesAids ?? []) used.add(aid);
  for (const { role } of page.data.roles ?? []) used.add(role);
  return used;
}

/** For every glossary id used on some stage page, the stage numbers that use it, ascending. */
export function glossaryStages(pages: readonly StagePageUse[]): Map<string, number[]> {
  const stages = new Map<string, number[]>();
  for (const page of [...pages].sort((a, b) => a.number - b.number)) {
    for (const id of termsUsedBy(page)) stages.set(id, [...(stages.get(id) ?? []), page.number]);
  }
  return stages;
}
