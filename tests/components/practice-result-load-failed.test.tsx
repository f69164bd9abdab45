/**
 * The practice result when its code cannot load (offline before the site was saved for
 * offline use, or a new version replaced the old files). The result's code loads as a run
 * starts; should it fail, the run is still saved and announced, the shared message says so
 * where the result would be, and Try again brings the result. Its own file: the mocked import.
 */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PracticeTimer from '../../src/islands/PracticeTimer';
import { DEFAULT_PRACTICE } from '../../src/lib/storage/schemas/practice';
import { DEFAULT_SETTINGS } from '../../src/lib/storage/schemas/settings';
import { $applications } from '../../src/stores/applications';
import { $practice } from '../../src/stores/practice';
import { setLeadIn } from '../../src/stores/practice-settings';
import { $settings } from '../../src/stores/settings';
import { advance, fakePracticeClock } from './practice-clock';
import { waitForLoad } from './lazy-load-wait';

const network = vi.hoisted(() => ({ isOffline: true }));
vi.mock('../../src/islands/practice/Result', async (importOriginal) => {
  if (network.isOffline) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});

beforeEach(() => {
  fakePracticeClock();
  network.isOffline = true;
  $settings.set(DEFAULT_SETTINGS);
  $practice.set(DEFAULT_PRACTICE);
  $applications.set({ items: [], activeId: null });
  setLeadIn(false);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the practice result when its code cannot load', () => {
  it('saves and announces the run, says so in its place, and Try again shows it', async () => {
    render(<PracticeTimer />);
    advance(0);
    const start = screen.getByRole('button', { name: 'Start' });
    fireEvent.click(start);
    advance(9500);
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));

    const alert = await waitForLoad(() => screen.getByRole('alert'));
    expect(alert.textContent).toBe(
      'Part of this page could not load. Check your connection, then try again or reload the page. Nothing you saved is lost.',
    );
    expect($practice.get().runs).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toMatch(/^Stopped at 9\.5 seconds/);
    expect(screen.queryByRole('region', { name: 'Your last run' })).toBeNull();

    network.isOffline = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    const result = await waitForLoad(() => screen.getByRole('region', { name: 'Your last run' }));
    expect(within(result).getByText('9.5 s')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
