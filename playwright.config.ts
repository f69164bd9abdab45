import { defineConfig } from '@playwright/test';

/**
 * E2E tests run against the built site served by `astro preview`, in Debian's Chromium
 * (Playwright cannot download its own browser here). A second build under the
 * `/coach/` base path is served beside it for the base-path checks.
 */
const port = Number(process.env.E2E_PORT ?? 4321);
const coachPort = port + 1;
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
      ],
    },
  },
  projects: [
    { name: 'site', testIgnore: /base-path\.spec/ },
    {
      name: 'base-path',
      testMatch: /base-path\.spec/,
      use: { baseURL: `http://localhost:${coachPort}/coach/` },
    },
  ],
  webServer: [
    {
      command: `astro preview --port ${port} --ignore-lock`,
      env: { OUT_DIR: outDir },
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `astro preview --port ${coachPort} --ignore-lock`,
      env: { OUT_DIR: `${outDir}-coach`, BASE_PATH: '/coach/' },
      url: `http://localhost:${coachPort}/coach/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
