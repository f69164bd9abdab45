import { defineConfig } from 'vitest/config';

/**
 * Tests over the built site (OUT_DIR, `dist` by default), run after `npm run build`:
 * `npx vitest run --config tests/build/vitest.config.ts`. Bytes and markup are
 * deterministic, so these are tests; speed stays in the bench.
 */
export default defineConfig({
  test: {
    name: 'build',
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    // The HTML checker starts a Java VM over every page.
    testTimeout: 120_000,
  },
});
