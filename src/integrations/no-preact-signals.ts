import type { AstroIntegration } from 'astro';

const SIGNALS = '@preact/signals';
const STAND_IN = '\0callback-coach:no-preact-signals';

/**
 * @astrojs/preact's client imports `@preact/signals` (about 3 KiB gzip, plus the module
 * preload helper) whenever an island was given a signal as a prop. Our islands take
 * plain props and read nanostores, so in the browser build that import resolves to a
 * stand-in that says so loudly instead. The server side of @astrojs/preact is untouched.
 * tests/build/no-preact-signals.test.ts fails if the library comes back into the build.
 */
export function noPreactSignals(): AstroIntegration {
  return {
    name: 'callback-coach:no-preact-signals',
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'callback-coach:no-preact-signals',
                enforce: 'pre',
                applyToEnvironment: (environment) => environment.name === 'client',
                resolveId: (id) => (id === SIGNALS ? STAND_IN : null),
                load: (id) =>
                  id === STAND_IN
                    ? `export function signal() { throw new Error('Islands take plain props here: a Preact signal was passed to an island (see src/integrations/no-preact-signals.ts).'); }`
                    : null,
              },
            ],
          },
        });
      },
    },
  };
}
