/**
 * The tracker when code it loads on an action cannot load (offline before the site was
 * saved for offline use, or a new version replaced the old files): it says so in place,
 * with Try again, and nothing saved is touched. Its own file: the forms' code, once
 * loaded, stays loaded for the rest of a file.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import FollowUpTracker from '../../src/islands/FollowUpTracker';
import { formsCode } from '../../src/islands/follow-ups/forms-code';
import { calendarCode } from '../../src/islands/parts/calendar-code';
import { isoDate } from '../../src/lib/dates';
import { DEFAULT_APPLICATIONS } from '../../src/lib/storage/schemas/applications';
import { $applications, addApplication, logActivity } from '../../src/stores/applications';
import { GREENWAY } from './interviews';
import { captureDownloads } from './downloads';

const NOW = new Date(2026, 10, 28, 10, 0, 0);
const FAILED =
  'Part of this page could not load. Check your connection, then try again or reload the page. Nothing you saved is lost.';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  $applications.set(DEFAULT_APPLICATIONS);
  // Without IntersectionObserver the downloads at the tracker's foot load at once.
  vi.stubGlobal('IntersectionObserver', undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const offline = () => Promise.reject(new Error('Failed to fetch dynamically imported module'));

/** The forms' code as on a page that has not loaded it, and cannot: gives back the way to undo that. */
function formsOffline(): () => void {
  // Loaded by an earlier test of this file, it would otherwise be there at once.
  const now = vi.spyOn(formsCode, 'now').mockReturnValue(undefined);
  const get = vi.spyOn(formsCode, 'get').mockImplementation(offline);
  return () => {
    now.mockRestore();
    get.mockRestore();
  };
}

describe('FollowUpTracker when code cannot load', () => {
  it('says so in place of the add form, and Try again brings the form', async () => {
    addApplication(GREENWAY);
    const saved = localStorage.getItem('cc:applications');
    const online = formsOffline();
    render(<FollowUpTracker />);
    const toggle = await screen.findByRole('button', { name: 'Add an interview' });
    toggle.focus();
    fireEvent.click(toggle);
    const place = document.getElementById('fu-add-form')!;
    const alert = await within(place).findByRole('alert');
    expect(alert.textContent).toBe(FAILED);
    expect(within(place).queryByText('Loading the form…')).toBeNull();
    // Focus stays on the button pressed; Try again is the next stop.
    expect(document.activeElement).toBe(toggle);

    online();
    const tryAgain = within(place).getByRole('button', { name: 'Try again' });
    tryAgain.focus();
    fireEvent.click(tryAgain);
    const company = await within(place).findByLabelText('Company');
    await waitFor(() => expect(document.activeElement).toBe(company));
    expect(within(place).queryByRole('alert')).toBeNull();
    expect(localStorage.getItem('cc:applications')).toBe(saved);
  });

  it('says so beside the calendar button, keeps what is saved, and Try again downloads', async () => {
    const id = addApplication({ ...GREENWAY, interviewerEmail: 'okafor@example.com' }).id!;
    logActivity(id, { kind: 'left-voicemail', date: isoDate('2026-11-27'), note: '' });
    const saved = localStorage.getItem('cc:applications');
    const { files } = captureDownloads();
    const get = vi.spyOn(calendarCode, 'get').mockImplementation(offline);
    render(<FollowUpTracker />);
    const button = await screen.findByRole('button', { name: 'Download calendar (.ics)' });
    button.focus();
    fireEvent.click(button);
    const section = screen.getByRole('region', { name: 'Keep a copy' });
    expect((await within(section).findByRole('alert')).textContent).toBe(FAILED);
    expect(files).toHaveLength(0);
    expect(localStorage.getItem('cc:applications')).toBe(saved);

    get.mockRestore();
    const tryAgain = within(section).getByRole('button', { name: 'Try again' });
    tryAgain.focus();
    fireEvent.click(tryAgain);
    await within(section).findByText(/^Downloaded follow-up-reminders-2026-11-28\.ics with one reminder/);
    expect(files).toHaveLength(1);
    expect(within(section).queryByRole('alert')).toBeNull();
    // Back on the button that was pressed.
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  it('says so below Edit when the edit form cannot load', async () => {
    addApplication(GREENWAY);
    const online = formsOffline();
    render(<FollowUpTracker />);
    const card = await screen.findByRole('article', { name: /^Greenway Dental/ });
    fireEvent.click(within(card).getByRole('button', { name: 'Edit for Greenway Dental' }));
    expect((await within(card).findByRole('alert')).textContent).toBe(FAILED);
    online();
    fireEvent.click(within(card).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(document.activeElement).toBe(within(card).getByLabelText('Company')));
    expect(within(card).queryByRole('alert')).toBeNull();
  });

  it('pressing Edit again on that card tries the form again, as Try again does', async () => {
    addApplication(GREENWAY);
    const online = formsOffline();
    render(<FollowUpTracker />);
    const card = await screen.findByRole('article', { name: /^Greenway Dental/ });
    const edit = within(card).getByRole('button', { name: 'Edit for Greenway Dental' });
    fireEvent.click(edit);
    expect((await within(card).findByRole('alert')).textContent).toBe(FAILED);
    online();
    fireEvent.click(edit);
    expect(await within(card).findByLabelText('Company')).toBeTruthy();
    expect(within(card).queryByRole('alert')).toBeNull();
  });
});
