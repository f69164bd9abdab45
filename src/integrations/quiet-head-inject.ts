import type { Plugin } from 'vite';

/** Whether a bundler log is the warning about Astro's own "use astro:head-inject" marker. */
export function isHeadInjectWarning(log: { code?: string | undefined; message: string }): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

/**
 * Astro marks each MDX lesson with a "use astro:head-inject" directive that it reads
 * itself; the bundler then warns, once a lesson, that it may not keep it
 * (withastro/astro#18087). A Vite plugin, so it applies in every build environment:
 * only that warning is dropped, every other one still shows.
 */
export function quietHeadInjectWarning(): Plugin {
  return {
    name: 'callback-coach:quiet-head-inject-warning',
    onLog(_level, log) {
      return !isHeadInjectWarning(log);
    },
  };
}
