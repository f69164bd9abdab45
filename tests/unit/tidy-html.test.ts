import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ISLAND_STYLE, keepUsedCspHashes, removeIslandStyle } from '../../src/integrations/tidy-html';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** A page with a CSP meta listing `hashes`, and `body` after it. */
const page = (hashes: string[], body: string) =>
  `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hashes.join(' ')}; style-src 'self'">${body}</head>`;

describe('keepUsedCspHashes', () => {
  it("keeps the hashes of the page's own inline scripts and styles, and drops the others", () => {
    const used = ['a()', 'b{color:red}'];
    const body = `<script>${used[0]}</script><style>${used[1]}</style><script src="/x.js"></script>`;
    const html = page([hash(used[0]!), hash('elsewhere()'), hash(used[1]!)], body);
    expect(keepUsedCspHashes(html)).toBe(page([hash(used[0]!), hash(used[1]!)], body));
  });

  it('leaves a page without a policy as it is', () => {
    expect(keepUsedCspHashes('<p>hi</p>')).toBe('<p>hi</p>');
  });
});

describe('removeIslandStyle', () => {
  it("removes Astro's island style from <body>, wherever it is", () => {
    expect(
      removeIslandStyle(`<body>${ISLAND_STYLE}<astro-island></astro-island>${ISLAND_STYLE}</body>`),
    ).toBe('<body><astro-island></astro-island></body>');
  });
});
