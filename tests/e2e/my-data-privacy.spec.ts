import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  APPLICATION,
  PROFILE,
  builtToolPaths,
  envelope,
  readStorage,
  seedOnce,
  waitForIslands,
} from './data-helpers';
import { escapeRegExp } from './my-data-page';

/**
 * The privacy promise, proven: what the user types never leaves the browser. And a
 * returning visitor's saved data shows in the tools' fields and links after hydration.
 */
test.describe('privacy', () => {
  const MARKER = 'zq-marker-7351';
  const TEXT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'password', '']);
  const RISKY = /delete|remove|reset|replace|clear|discard|archive|erase/i;

  /** Open every disclosure, then type the marker into every text field on the page. */
  async function typeMarker(page: Page): Promise<number> {
    for (const summaryLine of await page.locator('main details:not([open]) > summary').all()) {
      await summaryLine.click().catch(() => {});
    }
    let typed = 0;
    for (const field of await page.locator('input:visible, textarea:visible').all()) {
      const kind = await field.evaluate((el) =>
        el instanceof HTMLInputElement ? (el.getAttribute('type') ?? '') : 'textarea',
      );
      if (kind !== 'textarea' && !TEXT_TYPES.has(kind)) continue;
      if (!(await field.isEditable())) continue;
      await field.fill(`${MARKER} ${typed}`);
      await field.blur();
      typed++;
    }
    return typed;
  }

  /** Click every visible, enabled button in the main content that neither deletes nor navigates. */
  async function clickButtons(page: Page, path: string): Promise<void> {
    const count = await page.locator('main button').count();
    for (let i = 0; i < count; i++) {
      const button = page.locator('main button').nth(i);
      if (!(await button.isVisible().catch(() => false)) || !(await button.isEnabled().catch(() => false)))
        continue;
      const name =
        (await button.innerText().catch(() => '')) || ((await button.getAttribute('aria-label')) ?? '');
      if (RISKY.test(name)) continue;
      await button.click({ timeout: 2_000 }).catch(() => {});
      await page.keyboard.press('Escape');
      if (new URL(page.url()).pathname !== path) await page.goto(path);
    }
  }

  test('nothing typed is sent anywhere, and no request leaves the site', async ({ page, context }) => {
    test.slow();
    const leaks: string[] = [];
    context.on('request', (request) => {
      const text = `${request.url()}\n${request.postData() ?? ''}\n${JSON.stringify(request.headers())}`;
      if (text.includes(MARKER)) leaks.push(`${request.method()} ${request.url()}`);
    });
    const tools = await builtToolPaths(page);
    for (const path of [...tools, '/my-data/']) {
      await test.step(path, async () => {
        await page.goto(path);
        await waitForIslands(page);
        expect(await typeMarker(page)).toBeGreaterThan(0);
        await clickButtons(page, path);
        await typeMarker(page);
        await page.reload();
        await waitForIslands(page);
      });
    }
    expect(JSON.stringify(await readStorage(page))).toContain(MARKER);
    expect(leaks).toEqual([]);
  });
});

test.describe('a returning visitor', () => {
  const SEEDED = {
    'cc:profile': envelope(PROFILE),
    'cc:applications': envelope({ items: [APPLICATION], activeId: APPLICATION.id }),
  };

  test('the script builder shows their fields and links right after hydration', async ({ page }) => {
    await seedOnce(page, SEEDED);
    await page.goto('/tools/script-builder/');
    await waitForIslands(page);
    const values = await page
      .locator('main input, main textarea')
      .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
    expect(values).toEqual(expect.arrayContaining([PROFILE.fullName, APPLICATION.company]));
    await page.getByRole('tab', { name: 'Email', exact: true }).click();
    const mailto = page.locator('main a[href^="mailto:"]').first();
    await expect(mailto).toHaveAttribute(
      'href',
      new RegExp(`^mailto:${escapeRegExp(APPLICATION.interviewerEmail)}\\?subject=`),
    );
    expect(decodeURIComponent((await mailto.getAttribute('href')) ?? '')).toContain(PROFILE.fullName);
  });

  test('the calculator shows their interview right after hydration', async ({ page }) => {
    await seedOnce(page, SEEDED);
    await page.goto('/tools/when-to-call/');
    await waitForIslands(page);
    await expect(page.getByLabel('Interview date')).toHaveValue(APPLICATION.interviewDate);
    await expect(page.getByLabel('Company')).toHaveValue(APPLICATION.company);
  });
});
