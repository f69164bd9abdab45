/**
 * The stale-day check when its code cannot load (offline before the site was saved for
 * offline use, or a new version replaced the old files): an edited text is not waved
 * through in silence. The tracker and the calculator say, beside their calendar buttons,
 * that the text was not checked; once the code loads, the real check speaks. Its own
 * file: the mocked import.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import FollowUpTracker from '../../src/islands/FollowUpTracker';
import WhenToCall from '../../src/islands/WhenToCall';
import { DEFAULT_APPLICATIONS } from '../../src/lib/storage/schemas/applications';
import { DEFAULT_PROFILE } from '../../src/lib/storage/schemas/profile';
import { $applications, addApplication, setScript } from '../../src/stores/applications';
import { $profile } from '../../src/stores/profile';
import { GREENWAY } from './interviews';

let isOffline = true;
vi.mock('../../src/lib/script/stale-day', async (importOriginal) => {
  if (isOffline) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});

// Two days after GREENWAY's Tuesday interview, on this machine's clock.
const NOW = new Date(2026, 10, 19, 10, 0, 0);
const NOT_CHECKED =
  'part of this page could not load, so your words were not checked for days like “yesterday”. Read them over.';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  // Without IntersectionObserver the calculator's reminder below the fold loads at once.
  vi.stubGlobal('IntersectionObserver', undefined);
  $applications.set(DEFAULT_APPLICATIONS);
  $profile.set(DEFAULT_PROFILE);
  isOffline = true;
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** GREENWAY, saved with a voicemail the user edited to say "yesterday". */
function saveEditedVoicemail(): void {
  const { id } = addApplication(GREENWAY);
  if (id === null) throw new Error('Not added');
  setScript(id, 'voicemail', 'Hello, this is Jordan. I interviewed with you yesterday.');
}

describe('when the stale-day check cannot load', () => {
  it('the tracker says the voicemail was not checked, beside its calendar download', async () => {
    saveEditedVoicemail();
    render(<FollowUpTracker />);
    const download = await screen.findByRole('button', { name: 'Download calendar (.ics)' });
    const warning = await screen.findByText(/your words were not checked/);
    expect(warning.textContent).toBe(
      `Check the day before the voicemail script for Greenway Dental goes in the calendar: ${NOT_CHECKED} Edit it in the script builder.`,
    );
    expect(download.getAttribute('aria-describedby')).toBe('fu-stale-voicemails');
  });

  it('the calculator says so beside Add to calendar, and the next change checks the text', async () => {
    saveEditedVoicemail();
    render(<WhenToCall />);
    const warning = await screen.findByText(/your words were not checked/);
    expect(warning.textContent).toBe(
      `Check the day before your voicemail script goes in the calendar: ${NOT_CHECKED} Edit it in the script builder.`,
    );
    expect(screen.getByRole('button', { name: 'Add to calendar' }).getAttribute('aria-describedby')).toBe(
      'wtc-stale-voicemail',
    );

    // Back online, the next edit of the text loads the check, which finds the stale word.
    isOffline = false;
    const { items } = $applications.get();
    setScript(items[0]?.id ?? '', 'voicemail', 'Hello, this is Jordan. We met yesterday.');
    await waitFor(() =>
      expect(document.getElementById('wtc-stale-voicemail')?.textContent).toContain(
        'your text says “yesterday”',
      ),
    );
  });
});
