/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Unit tests run once per time zone: calendar-date code must give the same answer
 * east of UTC, west of it and on it, across daylight-saving changes.
 */
const TIME_ZONES = ['UTC', 'Pacific/Auckland', 'America/Los_Angeles'] as const;

export default getViteConfig({
  test: {
    projects: [
      ...TIME_ZONES.map((tz) => ({
        extends: true as const,
        test: {
          name: `unit ${tz}`,
          include: ['tests/unit/**/*.test.ts'],
          environment: 'happy-dom',
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
