/**
 * The practice history when its chart's code cannot load (offline before the site was
 * saved for offline use, or a new version replaced the old files): it says so where the
 * chart would be, and Try again brings the chart. Its own file: the mocked import.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import History from '../../src/islands/practice/History';
import type { Practice } from '../../src/lib/storage/schemas/practice';
import { SAMPLE_RUN } from './practice-runs';

let isOffline = true;
vi.mock('../../src/islands/practice/HistoryRuns', async (importOriginal) => {
  if (isOffline) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});

const PRACTICE: Practice = { runs: [SAMPLE_RUN], paceSince: null };

describe('History when the chart cannot load', () => {
  it('says so in its place, and Try again brings the chart', async () => {
    // Without IntersectionObserver the chart loads at once.
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<History practice={PRACTICE} targetSeconds={30} Heading="h2" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Part of this page could not load. Check your connection, then try again or reload the page. Nothing you saved is lost.',
    );
    expect(screen.queryByText('Loading your runs…')).toBeNull();
    isOffline = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('img')).toBeTruthy());
    expect(screen.queryByRole('alert')).toBeNull();
    vi.unstubAllGlobals();
  });
});
