import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import FollowUpTracker from '../../src/islands/FollowUpTracker';
import { formsCode } from '../../src/islands/follow-ups/forms-code';
import { cardIdOf, domIdOf, interviewIdFromHash } from '../../src/islands/follow-ups/ids';
import { DEFAULT_APPLICATIONS } from '../../src/lib/storage/schemas/applications';
import { $applications, addApplication, logActivity } from '../../src/stores/applications';
import { isoDate } from '../../src/lib/dates';
import { GREENWAY } from './interviews';
import { captureDownloads } from './downloads';

// Saturday, November 28, 2026, mid-morning on this machine's clock.
const NOW = new Date(2026, 10, 28, 10, 0, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  $applications.set(DEFAULT_APPLICATIONS);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function type(label: string | RegExp, value: string, within_: HTMLElement = document.body): void {
  fireEvent.input(within(within_).getByLabelText(label), { target: { value } });
}

const card = (name: string) => screen.getByRole('article', { name: new RegExp(`^${name}`) });
const items = () => $applications.get().items;
/** The tracker's own message at its top (each export button has its own beside it). */
const message = () => document.querySelector('.fu-message')?.textContent;

describe('FollowUpTracker', () => {
  // First: once loaded, the forms' code stays for the rest of this file.
  it('draws the cards without the forms’ code, and loads it when a form opens', async () => {
    addApplication(GREENWAY);
    render(<FollowUpTracker />);
    const greenway = await waitFor(() => card('Greenway Dental'));
    expect(within(greenway).getByText('Time to call')).toBeTruthy();
    expect(formsCode.now()).toBeUndefined();
    // Until it arrives the card stays as it was; then the form replaces it, its first field focused.
    fireEvent.click(within(greenway).getByRole('button', { name: 'Edit for Greenway Dental' }));
    await waitFor(() => expect(document.activeElement).toBe(within(greenway).getByLabelText('Company')));
    expect(formsCode.now()).toBeDefined();
  });

  it('renders a neutral placeholder on the server, whatever is saved', () => {
    addApplication(GREENWAY);
    const html = renderToString(<FollowUpTracker />);
    expect(html).toContain('Loading the interviews saved in this browser');
    expect(html).not.toContain('Greenway');
    expect(html).not.toMatch(/<input/);
  });

  it('adds an interview, checking the fields first', async () => {
    render(<FollowUpTracker />);
    await screen.findByText('No interviews yet.');
    // An empty tracker is its add form: its code loads at once.
    fireEvent.click(await screen.findByRole('button', { name: 'Add interview' }));
    await waitFor(() => expect(screen.getByLabelText('Company').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Enter the name of the company.')).toBeTruthy();
    expect(screen.getByText('Enter the date of your interview.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Company'));
    expect(items()).toHaveLength(0);

    type('Company', GREENWAY.company);
    type('Job title', GREENWAY.jobTitle);
    type("Interviewer's name", GREENWAY.interviewerName);
    type("Interviewer's email (optional)", 'not an email');
    type('Interview date', GREENWAY.interviewDate);
    fireEvent.click(screen.getByRole('button', { name: 'Add interview' }));
    await screen.findByText('Enter an email address like name@example.com, or leave this empty.');
    type("Interviewer's email (optional)", 'okafor@greenway.example');
    type('Date they gave you (optional)', '2026-11-20');
    fireEvent.click(screen.getByLabelText('We will decide by this day'));
    fireEvent.click(screen.getByRole('button', { name: 'Add interview' }));

    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0]).toMatchObject({
      ...GREENWAY,
      interviewerEmail: 'okafor@greenway.example',
      givenDate: isoDate('2026-11-20'),
      givenDateMeaning: 'decide-by',
    });
    const added = await waitFor(() => card('Greenway Dental'));
    await waitFor(() => expect(document.activeElement?.id).toBe(`fu-${items()[0]?.id}-title`));
    expect(within(added).getByText('Active')).toBeTruthy();
    expect(within(added).getByText('Time to call')).toBeTruthy();
    expect(message()).toBe('Added Greenway Dental. It is now the active interview.');
  });

  it('edits an interview', async () => {
    const id = addApplication(GREENWAY).id!;
    render(<FollowUpTracker />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit for Greenway Dental' }));
    const form = card('Greenway Dental');
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Company')));
    type('Company', 'Greenway Family Dental', form);
    type('Interview date', '', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await within(form).findByText('Enter the date of your interview.');
    type('Interview date', '2026-11-20', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(items()[0]).toMatchObject({
        id,
        company: 'Greenway Family Dental',
        interviewDate: isoDate('2026-11-20'),
      }),
    );
    await waitFor(() => expect(document.activeElement?.id).toBe(`fu-${id}-title`));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Greenway Family DentalActive');
  });

  it('logs a voicemail and follows the course: no more calls, wait, then email', async () => {
    const id = addApplication(GREENWAY).id!;
    render(<FollowUpTracker />);
    const greenway = await waitFor(() => card('Greenway Dental'));
    expect(within(greenway).getByText('Time to call')).toBeTruthy();
    fireEvent.click(within(greenway).getByRole('button', { name: /^Log what happened/ }));
    const kind = await within(greenway).findByLabelText('What happened');
    await waitFor(() => expect(document.activeElement).toBe(kind));
    expect(within(greenway).getByLabelText('Date')).toHaveProperty('value', '2026-11-28');
    fireEvent.change(kind, { target: { value: 'left-voicemail' } });
    type('Date', '2026-11-30', greenway);
    fireEvent.click(within(greenway).getByRole('button', { name: 'Add to log' }));
    await within(greenway).findByText('That day is still to come. Log what has already happened.');
    type('Date', '2026-11-27', greenway);
    type('Note (optional)', 'Reception said he is away', greenway);
    fireEvent.click(within(greenway).getByRole('button', { name: 'Add to log' }));

    await waitFor(() =>
      expect(items()[0]?.log).toMatchObject([
        { kind: 'left-voicemail', date: isoDate('2026-11-27'), note: 'Reception said he is away' },
      ]),
    );
    await within(greenway).findByText('You left a voicemail');
    // The call window no longer applies: an email is next.
    expect(within(greenway).queryByText('Call window')).toBeNull();
    expect(within(greenway).getByText(/don't call again/).textContent).toContain('keep applying');
    expect(within(greenway).getByText('Reception said he is away')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe(`fu-${id}-log-toggle`));

    fireEvent.click(within(greenway).getByRole('button', { name: /^Remove “Left a voicemail”/ }));
    await waitFor(() => expect(items()[0]?.log).toEqual([]));
    await within(greenway).findByText('Time to call');
  });

  it('deletes only after confirmation, and moves focus to the next card', async () => {
    addApplication({ ...GREENWAY, interviewDate: isoDate('2026-11-10') });
    const other = addApplication({
      company: 'Blue Bay',
      jobTitle: 'Clerk',
      interviewerName: 'Ms. Lee',
      interviewDate: isoDate('2026-11-17'),
    }).id!;
    render(<FollowUpTracker />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete for Greenway Dental' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    await waitFor(() => expect(dialog.hasAttribute('open')).toBe(true));
    expect(within(dialog).getByRole('heading').textContent).toBe('Delete Greenway Dental?');
    expect(dialog.textContent).toContain('This removes its dates, scripts and log from this browser.');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(dialog.hasAttribute('open')).toBe(false));
    expect(items()).toHaveLength(2);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Delete for Greenway Dental'));

    fireEvent.click(screen.getByRole('button', { name: 'Delete for Greenway Dental' }));
    await waitFor(() => expect(dialog.hasAttribute('open')).toBe(true));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(items().map((item) => item.id)).toEqual([other]));
    await waitFor(() => expect(dialog.hasAttribute('open')).toBe(false));
    expect(screen.queryByRole('article', { name: /^Greenway/ })).toBeNull();
    await waitFor(() => expect(document.activeElement?.id).toBe(`fu-${other}-title`));
    expect(message()).toBe('Deleted Greenway Dental.');
  });

  it('archives into a collapsed section, and makes another one active', async () => {
    const first = addApplication(GREENWAY).id!;
    const second = addApplication({ ...GREENWAY, company: 'Blue Bay' }).id!;
    render(<FollowUpTracker />);
    fireEvent.click(await screen.findByRole('button', { name: 'Make active for Greenway Dental' }));
    await waitFor(() => expect($applications.get().activeId).toBe(first));
    fireEvent.click(screen.getByRole('button', { name: 'Archive for Blue Bay' }));
    const toggle = await screen.findByRole('button', { name: 'Archived (1)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('article', { name: /^Blue Bay/ })).toBeNull();
    fireEvent.click(toggle);
    fireEvent.click(await screen.findByRole('button', { name: 'Unarchive for Blue Bay' }));
    await waitFor(() => expect(items().find((item) => item.id === second)?.archived).toBe(false));
    await waitFor(() => expect(document.activeElement?.id).toBe(`fu-${second}-title`));
  });

  it('warns before adding an interview already saved, and offers to open it', async () => {
    addApplication(GREENWAY);
    addApplication({ ...GREENWAY, company: 'Blue Bay' });
    render(<FollowUpTracker />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add an interview' }));
    await screen.findByLabelText('Company');
    type('Company', ' greenway  dental ');
    type('Job title', GREENWAY.jobTitle);
    type("Interviewer's name", 'Someone Else');
    type('Interview date', GREENWAY.interviewDate);
    fireEvent.click(screen.getByRole('button', { name: 'Add interview' }));
    const warning = await screen.findByRole('alert');
    expect(warning.textContent).toContain(
      'You already have Greenway Dental (Office Manager), interview on Tue, Nov 17',
    );
    expect(items()).toHaveLength(2);
    fireEvent.click(within(warning).getByRole('button', { name: 'Open the saved one' }));
    const greenway = items().find((item) => item.company === 'Greenway Dental');
    await waitFor(() => expect(document.activeElement?.id).toBe(`fu-${greenway?.id}-title`));
    expect(screen.queryByLabelText('Company')).toBeNull();
    expect(items()).toHaveLength(2);

    // "Add it anyway" adds it.
    fireEvent.click(screen.getByRole('button', { name: 'Add an interview' }));
    await screen.findByLabelText('Company');
    type('Company', 'Greenway Dental');
    type('Job title', GREENWAY.jobTitle);
    type("Interviewer's name", 'Someone Else');
    type('Interview date', GREENWAY.interviewDate);
    fireEvent.click(screen.getByRole('button', { name: 'Add interview' }));
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Add it anyway' }));
    await waitFor(() => expect(items()).toHaveLength(3));
  });

  it('after a voicemail, puts the email in the calendar file and says so beside the button', async () => {
    const id = addApplication({ ...GREENWAY, interviewerEmail: 'okafor@example.com' }).id!;
    logActivity(id, { kind: 'left-voicemail', date: isoDate('2026-11-27'), note: '' });
    const { files } = captureDownloads();
    // Without IntersectionObserver the downloads at the tracker's foot load at once.
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<FollowUpTracker />);
    const button = await screen.findByRole('button', { name: 'Download calendar (.ics)' });
    fireEvent.click(button);
    const exportSection = screen.getByRole('region', { name: 'Keep a copy' });
    await within(exportSection).findByText(
      /^Downloaded follow-up-reminders-2026-11-28\.ics with one reminder/,
    );
    expect(message()).toBe('');
    const ics = (await files[0]!.text()).replace(/\r\n /g, '');
    // A week after Friday, November 27, is Friday, December 4.
    expect(ics).toContain('DTSTART;VALUE=DATE:20261204');
    expect(ics).toContain('SUMMARY:Email Greenway Dental about the Office Manager job');
    expect(ics).toContain('okafor@example.com');
    vi.restoreAllMocks();
  });

  it('ignores a link whose hash is not valid percent-encoding', async () => {
    window.location.hash = '#%E0%A4%A';
    addApplication(GREENWAY);
    render(<FollowUpTracker />);
    await waitFor(() => card('Greenway Dental'));
    expect(document.activeElement).toBe(document.body);
    window.location.hash = '';
  });

  it('goes to the card a Today link names', async () => {
    addApplication({ ...GREENWAY, company: 'Blue Bay' });
    const id = addApplication(GREENWAY).id!;
    window.location.hash = `#fu-card-${id}`;
    render(<FollowUpTracker />);
    await waitFor(() => expect(document.activeElement?.id).toBe(`fu-${id}-title`));
    window.location.hash = '';
  });

  it('names each card’s log region by its interview', async () => {
    addApplication(GREENWAY);
    addApplication({ ...GREENWAY, jobTitle: 'Receptionist' });
    render(<FollowUpTracker />);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    const names = screen.getAllByRole('region', { name: /^Activity/ }).map((region) => {
      const heading = document.getElementById(region.getAttribute('aria-labelledby') ?? '');
      return heading?.textContent;
    });
    expect(names.sort()).toEqual([
      'Activity: Office Manager at Greenway Dental, interview Tue, Nov 17',
      'Activity: Receptionist at Greenway Dental, interview Tue, Nov 17',
    ]);
  });
});

describe('element ids made from interview ids', () => {
  it.each([
    ['k00203581b4292ff87', 'k00203581b4292ff87'],
    ['a)b', 'a_29_b'],
    ['50%/x', '50_25__2f_x'],
    ['a_b', 'a_5f_b'],
    ['a b', 'a_20_b'],
  ])('%j → %j: only letters, digits, hyphens and escapes', (id, safe) => {
    expect(domIdOf(id)).toBe(safe);
    expect(cardIdOf(id)).toBe(`fu-card-${safe}`);
  });

  it('reads the interview back from a link, and nothing from a broken one', () => {
    const ids = ['a)b', 'main'];
    expect(interviewIdFromHash(`#${encodeURIComponent(cardIdOf('a)b'))}`, ids)).toBe('a)b');
    expect(interviewIdFromHash('#fu-card-main', ids)).toBe('main');
    expect(interviewIdFromHash('#%E0%A4%A', ids)).toBeNull();
    expect(interviewIdFromHash('#other', ids)).toBeNull();
  });
});
