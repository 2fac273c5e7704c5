// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { cspFirst } from './scripts/csp-first.ts';
import { firstInputHydration } from './scripts/first-input.ts';
import { hostHeaders } from './scripts/host-headers.ts';
import { noPreloadHelper } from './scripts/no-preload-helper.mjs';
import { trimDecimalPlugin } from './scripts/trim-decimal.mjs';

// The server-rendered default calculation is priced on this day; the client starts from the same
// state so hydration matches, then moves to today or to a shared link.
const buildDate = new Date().toISOString().slice(0, 10);

export default defineConfig({
  output: 'static',
  // cspFirst puts each page's policy before its first script; hostHeaders writes every host's headers;
  // firstInputHydration adds client:firstinput, which wakes the calculator on the first interaction.
  integrations: [preact(), firstInputHydration(), cspFirst(), hostHeaders()],
  server: { host: '127.0.0.1', port: 4321 },
  // Inlining the stylesheet ('always') and modulepreload links for the islands' chunks were both
  // measured (docs/PERFORMANCE.md): each made Lighthouse's first and largest paint later. Kept off.
  build: { inlineStylesheets: 'auto' },
  // No modulepreload helper: the few chunks loaded on demand (notices, input errors, the embed panel)
  // need only modules the page has already loaded, and the helper cost bytes in the up-front budget.
  // noPreloadHelper drops what remained of it (its CSS preloading, which no such chunk needs);
  // trimDecimalPlugin leaves out the parts of decimal.js money never uses (see the script).
  vite: {
    define: { __BUILD_DATE__: JSON.stringify(buildDate) },
    build: { modulePreload: false },
    plugins: [noPreloadHelper(), trimDecimalPlugin()],
  },
  // Every page carries a <meta> Content-Security-Policy with hashes of its own scripts and styles.
  // frame-ancestors cannot live in a meta tag: the host headers set it (scripts/host-headers.ts).
  // Beyond scripts and styles, nothing may come from or go to another origin.
  experimental: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
