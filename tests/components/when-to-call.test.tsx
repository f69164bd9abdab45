import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import WhenToCall from '../../src/islands/WhenToCall';
import { WAITING_SENTENCE } from '../../src/lib/call-window/view';
import { BAD_DATE_MESSAGE } from '../../src/lib/date-field';
import { DEFAULT_APPLICATIONS } from '../../src/lib/storage/schemas/applications';
import { DEFAULT_PROFILE } from '../../src/lib/storage/schemas/profile';
import {
  $activeApplication,
  $applications,
  addApplication,
  logActivity,
} from '../../src/stores/applications';
import { $profile } from '../../src/stores/profile';
import { isoDate } from '../../src/lib/dates';
import { captureDownloads } from './downloads';

// Thursday, November 19, 2026, mid-morning on this machine's clock: two days after a Tuesday interview.
const NOW = new Date(2026, 10, 19, 10, 0, 0);

/** Whether the stubbed IntersectionObserver reports the reminder near the screen. */
let isOnScreen = true;

/** An IntersectionObserver whose target is near the screen when `isOnScreen` says so. */
class Viewport {
  constructor(private readonly report: (entries: { isIntersecting: boolean }[]) => void) {}
  observe() {
    queueMicrotask(() => this.report([{ isIntersecting: isOnScreen }]));
  }
  disconnect() {}
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  isOnScreen = true;
  vi.stubGlobal('IntersectionObserver', Viewport);
  $applications.set(DEFAULT_APPLICATIONS);
  $profile.set(DEFAULT_PROFILE);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const interviewField = () => screen.getByLabelText<HTMLInputElement>('Interview date');
const givenField = () => screen.getByLabelText<HTMLInputElement>('Date they gave you (optional)');
const adviceText = () => document.querySelector('.wtc-advice')?.textContent ?? '';
const suggestedDay = () =>
  screen.getByText('Suggested day', { selector: 'dt' }).nextElementSibling?.textContent;

function type(input: HTMLInputElement, value: string): void {
  fireEvent.input(input, { target: { value } });
}

/** Type a date and leave the field: the moment a date is saved. */
function enter(input: HTMLInputElement, value: string): void {
  type(input, value);
  fireEvent.blur(input);
}

/** The error shown for a field: in its own `.field`, and named by its aria-describedby. */
function errorOf(input: HTMLInputElement): string | null {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const error = input.closest('.field')?.querySelector('.field-error');
  return error && ids.includes(error.id) ? error.textContent : null;
}

/** Make the browser report a date it cannot give as a value (Chromium on "February 30"). */
function holdBadDate(input: HTMLInputElement): void {
  Object.defineProperty(input, 'validity', {
    configurable: true,
    get: () => ({ badInput: true, valid: false }),
  });
}

describe('WhenToCall', () => {
  it('renders the neutral state on the server, whatever is saved', () => {
    addApplication({ interviewDate: isoDate('2026-11-17'), company: 'Greenway Dental' });
    const html = renderToString(<WhenToCall />);
    expect(html).toContain(WAITING_SENTENCE);
    expect(html).not.toContain('2026-11-17');
    expect(html).not.toContain('Greenway');
    expect(html).toContain('data-pagefind-ignore');
  });

  it('shows the status and the suggested day for the dates entered', async () => {
    render(<WhenToCall />);
    expect(adviceText()).toBe(WAITING_SENTENCE);
    enter(interviewField(), '2026-11-17');
    await waitFor(() => expect(adviceText()).toContain('Too soon to call'));
    expect(adviceText()).toContain('Wait 5 more days, until Tuesday, November 24.');
    expect(suggestedDay()).toBe('Tuesday, November 24');
    const timeline = screen.getByRole('list');
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(15);
    expect(within(timeline).getAllByRole('listitem')[2]!.textContent).toBe('Day 2, Thu, Nov 19: Today');
    expect(within(timeline).getAllByRole('listitem')[7]!.textContent).toBe(
      'Day 7, Tue, Nov 24: ★ Suggested day, Call window',
    );
    expect($activeApplication.get()?.interviewDate).toBe('2026-11-17');

    expect(screen.queryByRole('group', { name: 'What did they say about that date?' })).toBeNull();
    enter(givenField(), '2026-11-20');
    const meaning = await screen.findByRole('group', { name: 'What did they say about that date?' });
    expect(within(meaning).getByLabelText('Call me on this day')).toHaveProperty('checked', true);
    await waitFor(() => expect(suggestedDay()).toBe('Friday, November 20'));
    fireEvent.click(within(meaning).getByLabelText('We will decide by this day'));
    // The second working day after a Friday decision: Tuesday.
    await waitFor(() => expect(suggestedDay()).toBe('Tuesday, November 24'));
    await waitFor(() => expect(adviceText()).toContain('until Tuesday, November 24'));
    expect($activeApplication.get()).toMatchObject({
      givenDate: '2026-11-20',
      givenDateMeaning: 'decide-by',
    });
    // The day they decide by is marked on the timeline.
    expect(within(screen.getByRole('list')).getAllByRole('listitem')[3]!.textContent).toBe(
      'Day 3, Fri, Nov 20: Decision day',
    );
  });

  it('saves a date only when the field is left, and says it saved a new interview and where', async () => {
    render(<WhenToCall />);
    type(interviewField(), '2026-11-17');
    // The advice follows the whole date at once…
    await waitFor(() => expect(adviceText()).toContain('Too soon to call'));
    // …but nothing is saved while the field is being typed in.
    expect($applications.get().items).toEqual([]);
    expect(screen.queryByText(/Saved in this browser as a new interview/)).toBeNull();
    fireEvent.blur(interviewField());
    await waitFor(() => expect($activeApplication.get()?.interviewDate).toBe('2026-11-17'));
    const saved = screen.getByText(/Saved in this browser as a new interview/);
    expect(saved.closest('[role="status"]')).not.toBeNull();
    expect(within(saved).getByRole('link', { name: 'Your follow-ups' }).getAttribute('href')).toBe(
      '/follow-ups/',
    );
  });

  it('does not say "saved" for a new interview that storage refused', async () => {
    render(<WhenToCall />);
    const setItem = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      enter(interviewField(), '2026-11-17');
      await waitFor(() => expect($activeApplication.get()?.interviewDate).toBe('2026-11-17'));
    } finally {
      setItem.mockRestore();
    }
    expect(screen.queryByText(/Saved in this browser/)).toBeNull();
    expect(
      screen.getByText(
        /Added as a new interview for this page\. It is not saved: this browser’s storage is full\./,
      ),
    ).not.toBeNull();
  });

  it('says nothing about a new interview when it works on a saved one', async () => {
    addApplication({ interviewDate: isoDate('2026-11-10') });
    render(<WhenToCall />);
    await waitFor(() => expect(interviewField().value).toBe('2026-11-10'));
    enter(interviewField(), '2026-11-17');
    await waitFor(() => expect($activeApplication.get()?.interviewDate).toBe('2026-11-17'));
    expect($applications.get().items).toHaveLength(1);
    expect(screen.queryByText(/Saved in this browser as a new interview/)).toBeNull();
  });

  it.each([
    ['an impossible date (the browser holds it back)', 'interview', '', true, BAD_DATE_MESSAGE],
    [
      'an interview over a year away',
      'interview',
      '2027-12-01',
      false,
      'That is more than a year from today. Check the year.',
    ],
    [
      'a given date before the interview',
      'given',
      '2026-11-10',
      false,
      'This date is before your interview. Check both dates.',
    ],
    ['an impossible given date', 'given', '', true, BAD_DATE_MESSAGE],
  ] as const)('shows an error next to the field for %s', async (_why, which, value, isBad, message) => {
    render(<WhenToCall />);
    if (which === 'given') enter(interviewField(), '2026-11-17');
    const input = which === 'interview' ? interviewField() : givenField();
    if (isBad) holdBadDate(input);
    type(input, value);
    fireEvent.blur(input);
    await waitFor(() => expect(errorOf(input)).toBe(message));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(adviceText()).toBe('Fix the date marked above to see when to call.'));
    expect(document.body.textContent).not.toMatch(/NaN|Invalid Date|undefined/);
  });

  it('restores saved values after the first render', async () => {
    const { id } = addApplication({
      interviewDate: isoDate('2026-11-17'),
      givenDate: isoDate('2026-11-20'),
      givenDateMeaning: 'decide-by',
      company: 'Greenway Dental',
      jobTitle: 'Office Manager',
      interviewerPhone: '(555) 010-0142',
    });
    render(<WhenToCall />);
    await waitFor(() => expect(interviewField().value).toBe('2026-11-17'));
    expect(givenField().value).toBe('2026-11-20');
    expect(screen.getByLabelText('We will decide by this day')).toHaveProperty('checked', true);
    expect(screen.getByLabelText('Company')).toHaveProperty('value', 'Greenway Dental');
    expect(screen.getByText(/^For:/).textContent).toBe(
      'For: Office Manager at Greenway Dental Switch interview',
    );
    await waitFor(() => expect(adviceText()).toContain('Too soon to call'));
    expect(suggestedDay()).toBe('Tuesday, November 24');
    expect($applications.get().activeId).toBe(id);
  });

  it('never saves bad input over a good saved date', async () => {
    addApplication({ interviewDate: isoDate('2026-11-17') });
    render(<WhenToCall />);
    await waitFor(() => expect(interviewField().value).toBe('2026-11-17'));
    // Typing 0 2 2 0 over the month and the year passes through a real day: it is not saved.
    type(interviewField(), '2026-02-17');
    type(interviewField(), '0002-02-17');
    type(interviewField(), '0020-02-17');
    fireEvent.blur(interviewField());
    await waitFor(() => expect(errorOf(interviewField())).toMatch(/./));
    expect($activeApplication.get()?.interviewDate).toBe('2026-11-17');
    type(interviewField(), '2027-12-01');
    await waitFor(() => expect(errorOf(interviewField())).toMatch(/more than a year/));
    expect(interviewField().value).toBe('2027-12-01');
    holdBadDate(interviewField());
    type(interviewField(), '');
    fireEvent.blur(interviewField());
    await waitFor(() => expect(errorOf(interviewField())).toBe(BAD_DATE_MESSAGE));
    expect($activeApplication.get()?.interviewDate).toBe('2026-11-17');
  });

  it('after a voicemail, shows only the email day and its reminder', async () => {
    const { id } = addApplication({ interviewDate: isoDate('2026-11-10'), company: 'Greenway Dental' });
    logActivity(id!, { kind: 'left-voicemail', date: isoDate('2026-11-18'), note: '' });
    render(<WhenToCall />);
    await waitFor(() =>
      expect(adviceText()).toContain("You left a voicemail yesterday, so don't call again."),
    );
    expect(screen.getByRole('link', { name: 'How to follow up by email instead' }).getAttribute('href')).toBe(
      '/lessons/email-instead/',
    );
    // A week after Wednesday, November 18.
    expect(screen.getByText('Email day', { selector: 'dt' }).nextElementSibling?.textContent).toBe(
      'Wednesday, November 25',
    );
    expect(screen.queryByText('Suggested day')).toBeNull();
    expect(screen.queryByText('Call window')).toBeNull();
    expect(screen.queryByText(/call on the first weekday|second working day/)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Day by day after your interview' })).toBeNull();
    const reminder = screen.getByRole('region', { name: 'Set a reminder to email' });
    await waitFor(() => expect(within(reminder).queryByText('Loading the reminder…')).toBeNull());
    expect(reminder.textContent).toContain('Wednesday, November 25, all day: “Email Greenway Dental');
    expect(within(reminder).getByRole('button', { name: 'Add to calendar' })).toBeTruthy();
  });

  it('downloads an .ics file for the suggested day', async () => {
    addApplication({
      interviewDate: isoDate('2026-11-17'),
      company: 'Smith, Jr.; PhD',
      jobTitle: 'Office Manager',
      interviewerName: 'Ms. Alvarez',
      interviewerPhone: '(312) 555-0142',
    });
    $profile.set({ fullName: 'Priya Shah', phone: '(312) 555-0148', email: '' });
    const opened: string[] = [];
    vi.spyOn(window, 'open').mockImplementation((url) => {
      opened.push(String(url));
      return null;
    });
    const { files, click } = captureDownloads();
    render(<WhenToCall />);
    // The reminder's code loads as it comes into view.
    fireEvent.click(await screen.findByRole('button', { name: 'Add to calendar' }));
    // The first click loads the calendar code.
    await screen.findByText(/^Downloaded call-smith-jr-phd-2026-11-24\.ics/);
    expect(click).toHaveBeenCalledOnce();
    const ics = await files[0]!.text();
    expect(ics).toContain('DTSTART;VALUE=DATE:20261124');
    expect(ics).toContain('Smith\\, Jr.\\; PhD');
    // The file carries the voicemail script.
    expect(ics.replace(/\r\n /g, '')).toContain('If you reach voicemail');

    // Google gets the event without the script, unless asked, and the page says what goes to Google.
    const google = screen.getByRole('button', { name: /Open in Google Calendar/ });
    expect(google.getAttribute('aria-describedby')).toBe('wtc-google-note');
    expect(document.getElementById('wtc-google-note')?.textContent).toMatch(/phone numbers go to Google/);
    fireEvent.click(google);
    await waitFor(() => expect(opened).toHaveLength(1));
    const withoutScript = new URL(opened[0]!).searchParams.get('details') ?? '';
    expect(opened[0]).toContain('dates=20261124/20261125');
    expect(withoutScript).toContain('(312) 555-0142');
    expect(withoutScript).not.toContain('If you reach voicemail');
    fireEvent.click(screen.getByLabelText('Send my voicemail script to Google too'));
    fireEvent.click(google);
    await waitFor(() => expect(opened).toHaveLength(2));
    expect(new URL(opened[1]!).searchParams.get('details')).toContain('If you reach voicemail');
    vi.restoreAllMocks();
  });
});
