/**
 * public/_headers (Netlify, Cloudflare Pages): every page refuses to be framed, which a
 * CSP in a <meta> tag cannot say, and the header policy names no script or style source,
 * since browsers enforce it beside the page's own policy and it would block the page's
 * hashed inline script and styles.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { DIST } from './built-site';

/** The headers of the `/*` rule: `Name: value` lines indented under it. */
async function headersForEveryPage(): Promise<Map<string, string>> {
  const text = await readFile(path.join(DIST, '_headers'), 'utf8');
  const rule = /^\/\*\n((?:[ \t]+.+\n?)+)/m.exec(text)?.[1] ?? '';
  return new Map(
    [...rule.matchAll(/^\s+([\w-]+):\s*(.+)$/gm)].map(([, name, value]) => [
      name!.toLowerCase(),
      value!.trim(),
    ]),
  );
}

it('every page refuses to be framed', async () => {
  const headers = await headersForEveryPage();
  expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(headers.get('x-frame-options')).toBe('DENY');
});

it("the header policy leaves scripts and styles to each page's own policy", async () => {
  const policy = (await headersForEveryPage()).get('content-security-policy') ?? '';
  const directives = policy.split(';').map((directive) => directive.trim().split(/\s+/)[0]);
  expect(directives.filter((name) => /^(default|script|style)-src/.test(name!))).toEqual([]);
});
