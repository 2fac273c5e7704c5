// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

export default defineConfig({
  output: 'static',
  integrations: [preact()],
  server: { host: '127.0.0.1', port: 4321 },
  build: { inlineStylesheets: 'auto' },
});
