// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { THEME_SCRIPT } from './src/scripts/theme-inline.mjs';
import { pagePolicy } from './src/integrations/page-policy.ts';
import { sha256 } from './src/lib/page-policy.ts';

export default defineConfig({
  site: 'https://ssm-playbook.example',
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx(), react(), pagePolicy()],
  i18n: {
    locales: ['en', 'zh-cn'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: { syntaxHighlight: 'prism' },
  // A Content-Security-Policy meta tag with hashes of every inline script and style,
  // the theme script's included; plugins, <base> and form posts elsewhere are refused.
  // pagePolicy() then keeps in each page only the hashes of that page's own inline elements.
  security: {
    csp: {
      directives: ["object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { hashes: [sha256(THEME_SCRIPT)] },
    },
  },
  // Stylesheets stay files: inlined (build.inlineStylesheets 'always'), each page's 4-6 KB of
  // CSS repeats in every page the first visit keeps offline, and the worksheet's first visit
  // grew from 228 to 315 KB gzip, over its 300 KB goal (measured December 2026).
  build: { format: 'directory' },
  vite: {
    plugins: [
      // No <link rel=modulepreload> for the dependencies of a dynamic import: every page's
      // header imports the learner status when idle, and appending those links cost about
      // 30 ms of main thread at 4x CPU on each page, for modules the import fetches anyway
      // (header script 1.6 -> 1.4 KB gzip). Astro fixes build.modulePreload itself, so this
      // sets it per environment.
      {
        name: 'ssm-no-module-preload',
        configEnvironment(name) {
          return name === 'client' ? { build: { modulePreload: false } } : undefined;
        },
      },
    ],
    build: {
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive; the bundler warns
        // about it once per file although Astro handles it. Keep other warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
