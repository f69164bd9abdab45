/**
 * Issue 16 item 10: an en-GB reader sees "Tuesday 17 November" in the calculator and the
 * tracker (the home page's Today too: today-summary.test.ts), and 24-hour times in the
 * practice history, while the server's HTML (and so hydration) stays US English. Item 4:
 * the tracker's calendar download flags an edited voicemail whose day words will be stale.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import FollowUpTracker from '../../src/islands/FollowUpTracker';
import HistoryRuns from '../../src/islands/practice/HistoryRuns';
import WhenToCall from '../../src/islands/WhenToCall';
import type { PracticeRun } from '../../src/lib/storage/schemas/practice';
import { DEFAULT_APPLICATIONS } from '../../src/lib/storage/schemas/applications';
import { DEFAULT_PROFILE } from '../../src/lib/storage/schemas/profile';
import {
  $applications,
  addApplication,
  setActiveApplication,
  setScript,
} from '../../src/stores/applications';
import { $profile } from '../../src/stores/profile';
import { GREENWAY } from './interviews';

// Thursday, November 19, 2026, mid-morning on this machine's clock: two days after a Tuesday interview.
const NOW = new Date(2026, 10, 19, 10, 0, 0);

function readEnglishAs(...languages: string[]): void {
  vi.stubGlobal('navigator', { ...navigator, languages });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  $applications.set(DEFAULT_APPLICATIONS);
  $profile.set(DEFAULT_PROFILE);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the calculator', () => {
  it('writes its days in en-GB for an en-GB reader', async () => {
    readEnglishAs('en-GB', 'en');
    // Without IntersectionObserver the reminder below the fold loads at once.
    vi.stubGlobal('IntersectionObserver', undefined);
    addApplication(GREENWAY);
    render(<WhenToCall />);
    const suggested = await screen.findByText('Suggested day', { selector: 'dt' });
    await waitFor(() => expect(suggested.nextElementSibling?.textContent).toBe('Tuesday 24 November'));
    expect(screen.getByText('Call window', { selector: 'dt' }).nextElementSibling?.textContent).toBe(
      'Tuesday 24 November to Tuesday 1 December',
    );
    // The live region settles before it speaks.
    await waitFor(() =>
      expect(document.querySelector('.wtc-advice')?.textContent).toContain(
        'Wait 5 more days, until Tuesday 24 November.',
      ),
    );
    expect(document.querySelector('.timeline-date')?.textContent).toBe('Tue 17 Nov');
    await waitFor(() =>
      expect(document.querySelector('.wtc-reminder')?.textContent).toContain('Tuesday 24 November, all day'),
    );
  });

  it('stays US English for a US reader', async () => {
    readEnglishAs('en-US');
    addApplication(GREENWAY);
    render(<WhenToCall />);
    const suggested = await screen.findByText('Suggested day', { selector: 'dt' });
    expect(suggested.nextElementSibling?.textContent).toBe('Tuesday, November 24');
  });
});

describe('the tracker', () => {
  // Without IntersectionObserver the downloads at the tracker's foot load at once.
  beforeEach(() => vi.stubGlobal('IntersectionObserver', undefined));

  it('writes its cards’ days in en-GB for an en-GB reader', async () => {
    readEnglishAs('en-GB');
    addApplication(GREENWAY);
    render(<FollowUpTracker />);
    const card = await screen.findByRole('article', { name: /^Greenway Dental/ });
    await waitFor(() => expect(card.textContent).toContain('Next: Tuesday 24 November'));
    expect(card.textContent).toContain('Tuesday 17 November');
    expect(card.textContent).toContain('Tue 24 Nov to Tue 1 Dec');
    expect(card.textContent).toContain('Wait 5 more days, until Tuesday 24 November.');
  });

  it('flags an edited voicemail whose day words will be wrong, beside the calendar download', async () => {
    readEnglishAs('en-GB');
    const { id } = addApplication(GREENWAY);
    addApplication({ ...GREENWAY, company: 'Acme Ltd' });
    if (id === null) throw new Error('Not added');
    setScript(id, 'voicemail', 'Hello, this is Jordan. I interviewed with you yesterday.');
    render(<FollowUpTracker />);
    const download = await screen.findByRole('button', { name: 'Download calendar (.ics)' });
    const warning = await screen.findByText(/the voicemail script for Greenway Dental goes in the calendar/);
    expect(warning.textContent).toContain(
      'your text says “yesterday”, which will not be right on Tuesday 24 November, the day you plan to call. Say “last Tuesday 17 November” instead.',
    );
    expect(download.getAttribute('aria-describedby')).toBe('fu-stale-voicemails');
    expect(document.getElementById('fu-stale-voicemails')?.contains(warning)).toBe(true);

    // The script builder edits the active interview: the link makes this one active.
    setActiveApplication($applications.get().items[1]?.id ?? null);
    fireEvent.click(screen.getByRole('link', { name: 'Edit it in the script builder' }));
    expect($applications.get().activeId).toBe(id);
  });

  it('says nothing when the edited voicemail names the day by its date', async () => {
    const { id } = addApplication(GREENWAY);
    if (id === null) throw new Error('Not added');
    setScript(id, 'voicemail', 'Hello, I interviewed with you on Tuesday, November 17.');
    render(<FollowUpTracker />);
    const download = await screen.findByRole('button', { name: 'Download calendar (.ics)' });
    // The check loads on its own: give it the time to find nothing.
    await import('../../src/lib/script/stale-day');
    await waitFor(() => expect(download.getAttribute('aria-describedby')).toBeNull());
    expect(document.getElementById('fu-stale-voicemails')).toBeNull();
  });
});

describe('the practice history', () => {
  it('times an en-GB reader’s runs on a 24-hour clock', async () => {
    readEnglishAs('en-GB');
    const run: PracticeRun = {
      id: 'r1',
      // 2:05 PM on this machine's clock, whatever its time zone.
      at: new Date(2026, 2, 3, 14, 5).toISOString(),
      seconds: 31.2,
      wordsPerMinute: 148,
      fit: true,
      textSource: 'voicemail',
      textPreview: 'Hello, this is Jordan Lee calling about the office manager role',
      outcome: 'complete',
      check: null,
    };
    render(<HistoryRuns runs={[run]} targetSeconds={10} />);
    await screen.findByText('3 Mar, 14:05');
  });
});
