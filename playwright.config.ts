import { createServer } from 'node:net';
import { defineConfig } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from './bench/chromium.mjs';

/**
 * E2E tests run against the built site served by `astro preview`, in Debian's Chromium
 * (Playwright cannot download its own browser here), with the bench's flags. A second
 * build under the `/coach/` base path is served beside it for the base-path checks.
 *
 * Playwright starts both servers itself on free ports and never reuses a server it did
 * not start, so a stale preview of another build cannot answer the tests. OUT_DIR names
 * the build (`dist` and `dist-coach` by default); E2E_PORT pins the site's port (the
 * base-path build gets the next one) for running beside other suites.
 */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port')),
      );
    });
  });
}

// Chosen once, in the runner; the workers inherit the environment, so they agree.
const pinnedPort = process.env['E2E_PORT'];
process.env['E2E_PORT'] ??= String(await freePort());
process.env['E2E_COACH_PORT'] ??= String(pinnedPort ? Number(pinnedPort) + 1 : await freePort());
const port = Number(process.env['E2E_PORT']);
const coachPort = Number(process.env['E2E_COACH_PORT']);
const outDir = process.env['OUT_DIR'] ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // CI shares two cores between two browsers and two preview servers: a test that times
  // out once there is run again, and the report still names it as flaky.
  retries: process.env['CI'] ? 1 : 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROME_PATH, args: CHROME_ARGS },
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
      reuseExistingServer: false,
    },
    {
      command: `astro preview --port ${coachPort} --ignore-lock`,
      env: { OUT_DIR: `${outDir}-coach`, BASE_PATH: '/coach/' },
      url: `http://localhost:${coachPort}/coach/`,
      reuseExistingServer: false,
    },
  ],
});
