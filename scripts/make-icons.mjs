// Renders the app icons in public/icons/ from public/favicon.svg, in headless Chromium.
// Rerun after changing the favicon design:  node scripts/make-icons.mjs
// (uses Debian's Chromium at /usr/bin/chromium, or CHROME_PATH), then commit the PNGs.
import { mkdir, readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const BRAND = '#0b6b66';
const favicon = await readFile(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const glyph = favicon.match(/<path[^>]*\/>/)?.[0];
if (!glyph) throw new Error('No <path> in public/favicon.svg: update make-icons.mjs to match the design.');

/** The glyph, scaled about the centre, on a full square of brand colour (no transparent corners). */
function fullBleed(scale) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BRAND}"/><g transform="translate(16 16) scale(${scale}) translate(-16 -16)">${glyph}</g></svg>`;
}

const icons = [
  // "any" icons: the favicon itself, its rounded corners transparent.
  { file: 'icon-192.png', size: 192, svg: favicon, transparent: true },
  { file: 'icon-512.png', size: 512, svg: favicon, transparent: true },
  // Maskable: the glyph stays well inside the safe zone (a centred circle 80% wide).
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed(0.8), transparent: false },
  // iOS rounds the corners itself and paints transparency black, so a full square.
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed(0.9), transparent: false },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const outDir = new URL('../public/icons/', import.meta.url);
  await mkdir(outDir, { recursive: true });
  for (const { file, size, svg, transparent } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    await page.screenshot({ path: new URL(file, outDir).pathname, omitBackground: transparent });
    await page.close();
    console.log(`public/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
