/**
 * Every built page passes the Nu HTML checker (vnu-jar, needs Java 11 or newer) with no
 * error. The pages carry their CSS inline, which the checker also validates with a CSS
 * grammar older than a few properties the site uses; those messages, and only those,
 * are set aside below, each with the reason.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { DIST } from './built-site';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** Checker messages about valid modern CSS its grammar does not know. */
const CHECKER_CSS_GAPS: readonly RegExp[] = [
  // CSS Containment 3 (container queries), in every browser since 2023.
  /^CSS: Unrecognized at-rule “@container”/,
  /^CSS: “container(-type|-name)?”: Property “container(-type|-name)?” doesn't exist/,
  // CSS Basic User Interface 4: textareas that grow with their text (ignored where unsupported).
  /^CSS: “field-sizing”: Property “field-sizing” doesn't exist/,
  // min() with a calc() inside: valid CSS Values 4 the checker cannot type.
  /^CSS: “max-width”: The types are incompatible/,
];

interface Message {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
}

it('every built page is valid HTML', async () => {
  const pages = (await readdir(DIST, { recursive: true }))
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(DIST, file));
  expect(pages.length).toBeGreaterThan(0);
  // The checker reports problems on stdout/stderr and exits 1 when there are any.
  const result = await promisify(execFile)(
    'java',
    ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...pages],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const { messages } = JSON.parse(result.stdout) as { messages: Message[] };
  const errors = messages
    .filter((m) => !CHECKER_CSS_GAPS.some((gap) => gap.test(m.message)))
    .map((m) => `${path.relative(DIST, new URL(m.url).pathname)}:${m.lastLine ?? '?'} ${m.message}`);
  expect(errors).toEqual([]);
});
