/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Unit tests run in Node, once, in UTC. Tests that read the device's local time (a
 * local date, a formatter with no time zone) live in tests/unit/dates/ and run once
 * per time zone: east of UTC, west of it and on it, across daylight-saving changes.
 * A unit test elsewhere that reads local time fails (tests/unit/helpers/no-local-time.ts),
 * so a new date-sensitive test cannot miss the matrix. A file that needs a DOM says so
 * in its first line: `// @vitest-environment happy-dom`.
 */
const TIME_ZONES = ['UTC', 'Pacific/Auckland', 'America/Los_Angeles'] as const;
const DATE_TESTS = 'tests/unit/dates/**/*.test.ts';

export default getViteConfig({
  test: {
    // `npm run test:coverage`: how much of lib and the stores the tests run. The floor
    // only rises: when coverage grows, raise these to the new whole numbers (or run
    // `npx vitest run --coverage --coverage.thresholds.autoUpdate`, which writes them here).
    coverage: {
      provider: 'v8',
      include: ['src/lib/**', 'src/stores/**'],
      reporter: ['text-summary', 'text'],
      thresholds: { statements: 97, branches: 91, functions: 98, lines: 98 },
    },
    projects: [
      {
        extends: true as const,
        test: {
          name: 'unit UTC',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [DATE_TESTS],
          environment: 'node',
          env: { TZ: 'UTC' },
          setupFiles: ['tests/unit/helpers/no-local-time.ts'],
        },
      },
      ...TIME_ZONES.map((tz) => ({
        extends: true as const,
        test: {
          name: `dates ${tz}`,
          include: [DATE_TESTS],
          environment: 'node',
          env: { TZ: tz },
        },
      })),
      {
        extends: true as const,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/components/setup.ts'],
        },
      },
    ],
  },
});
