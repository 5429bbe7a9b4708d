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
  build: { format: 'directory' },
});
