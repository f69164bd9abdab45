import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ISLAND_STYLE,
  keepUsedCspHashes,
  mergeHeadStyles,
  moveIslandStyle,
} from '../../src/integrations/tidy-html';

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

describe('moveIslandStyle', () => {
  it("moves Astro's island style from <body> to the end of <head>, once", () => {
    expect(
      moveIslandStyle(
        `<head><style>a{}</style></head><body>${ISLAND_STYLE}<astro-island></astro-island>${ISLAND_STYLE}</body>`,
      ),
    ).toBe(`<head><style>a{}</style>${ISLAND_STYLE}</head><body><astro-island></astro-island></body>`);
  });

  it('leaves a page without islands as it is', () => {
    const html = '<head><style>a{}</style></head><body><p>hi</p></body>';
    expect(moveIslandStyle(html)).toBe(html);
  });
});

describe('mergeHeadStyles', () => {
  /** A head with a policy whose style-src lists `hashes`, then `styles`. */
  const head = (hashes: string[], styles: string) =>
    `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash('x()')}; style-src 'self' ${hashes.join(' ')};">${styles}</head><body><p>hi</p></body>`;

  it('puts the styles of <head> in one, in order, and the policy allows exactly that one', () => {
    // Astro hashed the page's own style but not the one a component inside MDX added.
    const html = head(
      [hash('a{color:red}')],
      '<style>a{color:red}</style><title>T</title><style>b{color:blue}</style>',
    );
    expect(mergeHeadStyles(html)).toBe(
      head([hash('a{color:red}b{color:blue}')], '<style>a{color:red}b{color:blue}</style><title>T</title>'),
    );
  });

  it('hashes a single style too, and leaves the script hashes alone', () => {
    expect(mergeHeadStyles(head([], '<style>a{}</style>'))).toBe(head([hash('a{}')], '<style>a{}</style>'));
  });

  it('leaves a page without styles as it is', () => {
    const html = head([], '<title>T</title>');
    expect(mergeHeadStyles(html)).toBe(html);
  });
});
