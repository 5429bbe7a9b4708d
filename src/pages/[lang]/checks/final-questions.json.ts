/**
 * The final assessment's question bank, fetched by the quiz when an attempt starts (and
 * cached for offline use with the page): the page's HTML carries only the pools and labels.
 */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../i18n';
import { localeStaticPaths } from '../../../lib/static-paths';
import { finalAssessment } from '../../../data/checks';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const final = await finalAssessment(params['lang'] as Locale);
  return new Response(JSON.stringify(final.questions), { headers: { 'content-type': 'application/json' } });
};
