// @vitest-environment node
/**
 * <today-summary> over the real TodaySummary.astro markup: the server's neutral sentence,
 * then the calls due today, overdue and coming up in the next 7 days from the saved
 * interviews, each a link to its card; written again when the interviews change (in this
 * tab or another), when the day turns and when the reader's languages change.
 *
 * The node environment, so the .astro component renders as on the server (in happy-dom it
 * is compiled for the browser); a happy-dom window then hosts the element.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { Window } from 'happy-dom';
import { within } from '@testing-library/dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import TodaySummary from '../../src/components/TodaySummary.astro';
import { isoDate } from '../../src/lib/dates';
import { buildApplication } from '../../src/lib/follow-ups/application-edits';
import { DEFAULT_APPLICATIONS } from '../../src/lib/storage/schemas/applications';
import { GREENWAY } from './interviews';

const window = new Window({ url: 'http://localhost/' });
Object.assign(globalThis, {
  window,
  document: window.document,
  HTMLElement: window.HTMLElement,
  customElements: window.customElements,
  Event: window.Event,
  StorageEvent: window.StorageEvent,
  localStorage: window.localStorage,
});
// Loaded once the window is in place, so the stores keep their values in its localStorage
// and hear its `storage` events, as in a browser.
const { $applications, addApplication, logActivity, setArchived } =
  await import('../../src/stores/applications');

const NEUTRAL =
  'The follow-up calls due today and in the next 7 days show here. Keep track of every interview in Your follow-ups.';
// Tuesday, November 24, 2026, mid-morning on this machine's clock.
const TUESDAY = new Date(2026, 10, 24, 10, 0, 0);
// Two days later: its calls start on Thursday, November 26.
const BLUE_BAY = { ...GREENWAY, company: 'Blue Bay Hotel', interviewDate: isoDate('2026-11-19') };

let html = '';

beforeAll(async () => {
  const container = await AstroContainer.create();
  // The linter's TypeScript does not read .astro files; Astro's own check does.
  const component = TodaySummary as unknown as AstroComponentFactory;
  html = await container.renderToString(component);
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: TUESDAY });
  vi.stubGlobal('navigator', { languages: ['en-US'] });
  $applications.set(DEFAULT_APPLICATIONS);
  document.body.innerHTML = '';
});

afterEach(() => {
  document.body.innerHTML = '';
  window.localStorage.clear();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The page's Today, its element connected as on a page. */
async function mount(): Promise<HTMLElement> {
  await import('../../src/elements/today-summary');
  const page = document.createElement('div');
  page.innerHTML = html;
  document.body.append(page);
  return within(document.body).getByRole('region', { name: 'Today' });
}

const text = (element: Element) => element.textContent.replace(/\s+/g, ' ').trim();
const paragraphs = (today: HTMLElement) => [...today.querySelectorAll('p')].map(text);
const items = (today: HTMLElement) => within(today).queryAllByRole('listitem').map(text);
const headings = (today: HTMLElement) =>
  within(today)
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('<today-summary>', () => {
  it('shows a neutral sentence in the server’s HTML, whatever is saved', () => {
    addApplication(GREENWAY);
    document.body.innerHTML = html;
    const today = within(document.body).getByRole('region', { name: 'Today' });
    expect(paragraphs(today)).toEqual([NEUTRAL]);
    expect(within(today).getByRole('link', { name: 'Your follow-ups' }).getAttribute('href')).toBe(
      '/follow-ups/',
    );
    expect(html).not.toContain('Greenway');
  });

  it('says when no interview is saved, or only archived ones', async () => {
    const today = await mount();
    const none =
      'No interviews saved yet. Add your first one in Your follow-ups, and the calls due show here.';
    expect(paragraphs(today)).toEqual([none]);
    setArchived(addApplication(GREENWAY).id!, true);
    expect(paragraphs(today)).toEqual([none]);
  });

  it('says when nothing is due in the next 7 days', async () => {
    addApplication({ ...GREENWAY, givenDate: isoDate('2026-12-11'), givenDateMeaning: 'decide-by' });
    const today = await mount();
    expect(headings(today)).toEqual([]);
    expect(paragraphs(today)).toEqual([
      'Nothing due today or in the next 7 days. See everything in Your follow-ups.',
    ]);
  });

  it('lists the calls due today and coming up, each a link to its card', async () => {
    const greenway = addApplication(GREENWAY).id!;
    const blueBay = addApplication(BLUE_BAY).id!;
    const today = await mount();
    expect(headings(today)).toEqual(['Due today (1)', 'Coming up in the next 7 days (1)']);
    expect(items(today)).toEqual([
      'Greenway Dental: Call today',
      'Blue Bay Hotel: Call on Thursday, November 26',
    ]);
    expect(within(today).getByRole('link', { name: 'Greenway Dental' }).getAttribute('href')).toBe(
      `/follow-ups/#fu-card-${greenway}`,
    );
    expect(within(today).getByRole('link', { name: 'Blue Bay Hotel' }).getAttribute('href')).toBe(
      `/follow-ups/#fu-card-${blueBay}`,
    );
    expect(paragraphs(today)).toEqual(['See everything in Your follow-ups.']);
    expect(today.querySelector('p')?.className).toBe('today-all');
  });

  it('lists the email due after a voicemail as overdue', async () => {
    vi.setSystemTime(new Date(2026, 10, 28, 10, 0, 0));
    const id = addApplication(GREENWAY).id!;
    logActivity(id, { kind: 'left-voicemail', date: isoDate('2026-11-20'), note: '' });
    const today = await mount();
    const overdue = within(today).getByRole('heading', { name: 'Overdue (1)' });
    const link = within(overdue.parentElement!).getByRole('link', { name: 'Greenway Dental' });
    expect(link.getAttribute('href')).toBe(`/follow-ups/#fu-card-${id}`);
    expect(link.parentElement?.textContent).toBe(
      'Greenway Dental: Send a short email, overdue since Friday, November 27',
    );
  });

  it('writes a saved name as text, never as markup', async () => {
    addApplication({ ...GREENWAY, company: '<img src=x onerror=alert(1)>' });
    const today = await mount();
    expect(within(today).getByRole('link', { name: '<img src=x onerror=alert(1)>' })).toBeTruthy();
    expect(today.querySelector('img')).toBeNull();
  });

  it('follows the interviews as they change, in this tab and in another', async () => {
    const today = await mount();
    addApplication(GREENWAY);
    expect(items(today)).toEqual(['Greenway Dental: Call today']);

    // Another tab adds Blue Bay over what this tab wrote: storage changes and this tab hears of it.
    const before = window.localStorage.getItem('cc:applications')!;
    const added = buildApplication('other-tab', '2026-11-24T09:00:00.000Z', BLUE_BAY);
    const after = JSON.stringify({
      version: 1,
      data: { items: [...$applications.get().items, added], activeId: added.id },
    });
    window.localStorage.setItem('cc:applications', after);
    window.dispatchEvent(
      new window.StorageEvent('storage', { key: 'cc:applications', oldValue: before, newValue: after }),
    );
    expect(items(today)).toEqual([
      'Greenway Dental: Call today',
      'Blue Bay Hotel: Call on Thursday, November 26',
    ]);
  });

  it('moves on to the new day when the page is shown again', async () => {
    addApplication(BLUE_BAY);
    const today = await mount();
    expect(headings(today)).toEqual(['Coming up in the next 7 days (1)']);
    vi.setSystemTime(new Date(2026, 10, 26, 9, 0, 0));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(headings(today)).toEqual(['Due today (1)']);
    expect(items(today)).toEqual(['Blue Bay Hotel: Call today']);
  });

  it('keeps the focus on a link when the page is shown again on the same day', async () => {
    addApplication(GREENWAY);
    const today = await mount();
    const link = within(today).getByRole('link', { name: 'Greenway Dental' });
    link.focus();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(today.contains(link)).toBe(true);
    expect(document.activeElement).toBe(link);
  });

  it('writes days in the reader’s English, and follows a change of languages', async () => {
    vi.stubGlobal('navigator', { languages: ['en-GB'] });
    addApplication(BLUE_BAY);
    const today = await mount();
    expect(items(today)).toEqual(['Blue Bay Hotel: Call on Thursday 26 November']);
    vi.stubGlobal('navigator', { languages: ['en-US'] });
    window.dispatchEvent(new window.Event('languagechange'));
    expect(items(today)).toEqual(['Blue Bay Hotel: Call on Thursday, November 26']);
  });

  it('stops following once removed from the page', async () => {
    const today = await mount();
    today.closest('today-summary')!.remove();
    addApplication(GREENWAY);
    expect(paragraphs(today)[0]).toMatch(/^No interviews saved yet/);
  });
});
