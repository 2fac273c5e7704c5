// A Vite plugin for astro.config.mjs: Vite wraps every dynamic import() in a helper that preloads the
// chunk's dependencies (and its CSS) before importing it. With build.modulePreload off, the only
// dependencies left are CSS files, and no chunk this site loads on demand has any; yet the helper
// (0.7 KB gzip, its own request) still loads with the page. This swaps it for a plain call, and
// fails the build if a chunk loaded on demand ever brings CSS, which the plain call would not load.

const HELPER = '\0vite/preload-helper.js';

/**
 * The Vite plugin: a one-line preload helper, and a build error if it would drop a stylesheet.
 * @returns {import('vite').Plugin}
 */
export function noPreloadHelper() {
  return {
    name: 'no-preload-helper',
    enforce: 'pre',
    apply: 'build',
    /** @param {string} id */
    load(id) {
      if (id === HELPER) return { code: 'export const __vitePreload = (load) => load();', moduleSideEffects: false };
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const file of chunk.dynamicImports) {
          const css = bundle[file]?.viteMetadata?.importedCss;
          if (css && css.size > 0) this.error(`${file} is loaded on demand and brings CSS (${[...css].join(', ')}): remove noPreloadHelper from astro.config.mjs`);
        }
      }
    },
  };
}
