/**
 * Serve a built site with `astro preview` on a free port of its own (4600 and up),
 * in the foreground (`--ignore-lock`, so Astro neither backgrounds it nor takes the
 * project's preview lock), and stop it by its process group.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import { ROOT } from './paths.mjs';

/** The first port from `start` that nothing listens on. */
export async function findFreePort(start = 4600) {
  for (let port = start; port < start + 200; port++) {
    const free = await new Promise((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port from ${start}.`);
}

/** Poll `url` until it answers 200, or fail after `timeoutMs`. */
async function waitUntilAnswers(url, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with ${child.exitCode}.`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro preview did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

/**
 * Serve `outDir` (relative to the project root) and resolve once it answers.
 * @param {{ outDir: string, base?: string }} options
 * @returns {Promise<{ baseUrl: string, stop: () => Promise<void> }>}
 */
export async function startPreview({ outDir, base = '/' }) {
  const port = await findFreePort();
  const env = { ...process.env, OUT_DIR: outDir };
  if (base === '/') delete env.BASE_PATH;
  else env.BASE_PATH = base;
  const child = spawn(
    'npx',
    ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'],
    {
      cwd: ROOT,
      env,
      detached: true,
      stdio: 'ignore',
    },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return; // Already gone.
    }
    await exited;
  };
  const baseUrl = `http://127.0.0.1:${port}${base}`;
  try {
    await waitUntilAnswers(baseUrl, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
