/**
 * The browser: Debian's Chromium (or CHROME_PATH), headless, with the flags that keep it
 * from calling Google (refused on this machine) and running as root without a sandbox.
 * The e2e tests (playwright.config.ts) use the same path and flags.
 */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { TMP } from './paths.mjs';

/** The Chromium binary to use. */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags every Chromium the bench and the e2e tests start gets. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // A fake microphone that needs no permission prompt, for the practice recorder.
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

/** Launch Chromium through Playwright (page weight and the hook benches). */
export function launchPlaywright() {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
}

/**
 * Start Chromium with a DevTools port for Lighthouse to drive; resolves once the port
 * is known. `close()` ends the browser's whole process group and resolves once it exited.
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
export async function launchDebuggable() {
  const profile = await mkdtemp(path.join(TMP, 'chrome-'));
  const child = spawn(
    CHROME_PATH,
    [
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      ...CHROME_ARGS,
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const kill = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    };
    kill('SIGTERM');
    const timer = setTimeout(() => kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const port = await new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port:\n${log}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
      if (match) {
        clearTimeout(timer);
        log = '';
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited with ${code}:\n${log}`)));
  }).catch(async (error) => {
    await close();
    throw error;
  });
  return { port, close };
}
