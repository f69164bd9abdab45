/**
 * The tracker's downloads ("Keep a copy") load after the page (issue 15): as their section
 * nears the screen, or once the tracker is first used (focus may reach them before a scroll
 * does). Until then the section shows its heading and what it offers; should the code fail
 * to load, it says so there with Try again.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import FollowUpTracker from '../../src/islands/FollowUpTracker';
import { exportCode } from '../../src/islands/follow-ups/export-code';
import { DEFAULT_APPLICATIONS } from '../../src/lib/storage/schemas/applications';
import { $applications, addApplication } from '../../src/stores/applications';
import { GREENWAY } from './interviews';
import { waitForLoad } from './lazy-load-wait';

/** An IntersectionObserver whose targets come into view when the test says so. */
let showAll = () => {};
class FakeObserver {
  constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {}
  observe() {
    showAll = () => void act(() => this.callback([{ isIntersecting: true }]));
  }
  disconnect() {}
}

const NOW = new Date(2026, 10, 28, 10, 0, 0);
const section = () => screen.getByRole('region', { name: 'Keep a copy' });
const csvButton = () => within(section()).queryByRole('button', { name: 'Download CSV' });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  $applications.set(DEFAULT_APPLICATIONS);
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  // As on a page that has not loaded them: an earlier test of this file may have.
  vi.spyOn(exportCode, 'now').mockReturnValue(undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the tracker’s downloads', () => {
  it('wait for their section to near the screen, showing what they offer meanwhile', async () => {
    addApplication(GREENWAY);
    render(<FollowUpTracker />);
    await screen.findByRole('article', { name: /^Greenway Dental/ });
    expect(section().textContent).toContain('A spreadsheet of every interview');
    expect(within(section()).getByText('Loading the downloads…')).toBeTruthy();
    expect(csvButton()).toBeNull();
    showAll();
    await waitForLoad(() => expect(csvButton()).toBeTruthy());
    expect(within(section()).queryByText('Loading the downloads…')).toBeNull();
  });

  it('load once focus is in the tracker, before any scroll', async () => {
    addApplication(GREENWAY);
    render(<FollowUpTracker />);
    const card = await screen.findByRole('article', { name: /^Greenway Dental/ });
    fireEvent.focusIn(within(card).getByRole('button', { name: 'Edit for Greenway Dental' }));
    await waitForLoad(() => expect(csvButton()).toBeTruthy());
  });
});

describe('the tracker’s downloads when their code cannot load', () => {
  it('say so in their section, and Try again brings the buttons', async () => {
    const get = vi
      .spyOn(exportCode, 'get')
      .mockImplementation(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    addApplication(GREENWAY);
    render(<FollowUpTracker />);
    await screen.findByRole('article', { name: /^Greenway Dental/ });
    showAll();
    const alert = await within(section()).findByRole('alert');
    expect(alert.textContent).toBe(
      'Part of this page could not load. Check your connection, then try again or reload the page. Nothing you saved is lost.',
    );
    expect(within(section()).queryByText('Loading the downloads…')).toBeNull();

    get.mockRestore();
    fireEvent.click(within(section()).getByRole('button', { name: 'Try again' }));
    await waitForLoad(() => expect(csvButton()).toBeTruthy());
    expect(within(section()).queryByRole('alert')).toBeNull();
  });
});
