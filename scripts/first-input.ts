import type { AstroIntegration } from 'astro';

/**
 * Adds `client:firstinput` (src/hydration/first-input.ts): an island that hydrates on the first
 * interaction, or at once when its server-rendered HTML may not be what the user should see. Astro
 * inlines the directive's few hundred bytes into each page that uses it.
 */
export function firstInputHydration(): AstroIntegration {
  return {
    name: 'first-input-hydration',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'firstinput', entrypoint: './src/hydration/first-input.ts' });
      },
    },
  };
}
