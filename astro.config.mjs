// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

export default defineConfig({
  site: 'https://ssm-playbook.example',
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx(), react()],
  i18n: {
    locales: ['en', 'zh-cn'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: { syntaxHighlight: 'prism' },
  // A Content-Security-Policy meta tag with hashes of every inline script and style.
  security: { csp: true },
  build: { format: 'directory' },
  vite: {
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
