/**
 * The practice timer when the code that builds the user's voicemail cannot load (offline
 * before the site was saved for offline use, or a new version replaced the old files): it
 * says so under the heading, instead of "Loading the voicemail to practice…" forever, and
 * Try again brings the text. Its own file: the mocked import.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import PracticeTimer from '../../src/islands/PracticeTimer';
import { DEFAULT_PRACTICE } from '../../src/lib/storage/schemas/practice';
import { DEFAULT_SETTINGS } from '../../src/lib/storage/schemas/settings';
import { $applications, addApplication } from '../../src/stores/applications';
import { $practice } from '../../src/stores/practice';
import { $settings } from '../../src/stores/settings';

let isOffline = true;
vi.mock('../../src/islands/practice/voicemail-source', async (importOriginal) => {
  if (isOffline) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});

beforeEach(() => {
  $settings.set(DEFAULT_SETTINGS);
  $practice.set(DEFAULT_PRACTICE);
  $applications.set({ items: [], activeId: null });
});

describe('PracticeTimer when the voicemail code cannot load', () => {
  it('says so, and Try again brings the text to practice', async () => {
    addApplication({ company: 'Acme' });
    render(<PracticeTimer />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Part of this page could not load. Check your connection, then try again or reload the page. Nothing you saved is lost.',
    );
    expect(screen.getByRole('button', { name: 'Start' })).toHaveProperty('disabled', true);
    isOffline = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => screen.getByText(/Your voicemail still has details to fill in/));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Start' })).toHaveProperty('disabled', false);
  });
});
