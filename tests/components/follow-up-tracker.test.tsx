import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import FollowUpTracker from '../../src/islands/FollowUpTracker';
import TodaySummary from '../../src/islands/TodaySummary';
import { DEFAULT_APPLICATIONS } from '../../src/lib/storage/schemas/applications';
import { $applications, addApplication, logActivity } from '../../src/stores/applications';

// Saturday, November 28, 2026, mid-morning on this machine's clock.
const NOW = new Date(2026, 10, 28, 10, 0, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  $applications.set(DEFAULT_APPLICATIONS);
});

afterEach(() => {
  vi.useRealTimers();
});

const GREENWAY = {
  company: 'Greenway Dental',
  jobTitle: 'Office Manager',
  interviewerName: 'Mr. Okafor',
  interviewDate: '2026-11-17',
};

function type(label: string | RegExp, value: string, within_: HTMLElement = document.body): void {
  fireEvent.input(within(within_).getByLabelText(label), { target: { value } });
}

const card = (name: string) => screen.getByRole('article', { name: new RegExp(`^${name}`) });
const items = () => $applications.get().items;

describe('FollowUpTracker', () => {
  it('renders a neutral placeholder on the server, whatever is saved', () => {
    addApplication(GREENWAY);
    const html = renderToString(<FollowUpTracker />);
    expect(html).toContain('Loading the interviews saved in this browser');
    expect(html).not.toContain('Greenway');
    expect(html).not.toMatch(/<input/);
    expect(renderToString(<TodaySummary />)).toContain(
      'The follow-up calls due today and this week show here.',
    );
  });

  it('adds an interview, checking the fields first', async () => {
    render(<FollowUpTracker />);
    await screen.findByText('No interviews yet.');
    fireEvent.click(screen.getByRole('button', { name: 'Add interview' }));
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
      givenDate: '2026-11-20',
      givenDateMeaning: 'decide-by',
    });
    const added = await waitFor(() => card('Greenway Dental'));
    await waitFor(() => expect(document.activeElement?.id).toBe(`fu-${items()[0]?.id}-title`));
    expect(within(added).getByText('Active')).toBeTruthy();
    expect(within(added).getByText('Time to call')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      'Added Greenway Dental. It is now the active interview.',
    );
  });

  it('edits an interview', async () => {
    const id = addApplication(GREENWAY);
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
        interviewDate: '2026-11-20',
      }),
    );
    await waitFor(() => expect(document.activeElement?.id).toBe(`fu-${id}-title`));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Greenway Family DentalActive');
  });

  it('logs a voicemail and follows the course: no more calls, wait, then email', async () => {
    const id = addApplication(GREENWAY);
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
        { kind: 'left-voicemail', date: '2026-11-27', note: 'Reception said he is away' },
      ]),
    );
    await within(greenway).findByText('You left a voicemail');
    expect(within(greenway).getByText(/don't call again/).textContent).toContain('keep applying');
    expect(within(greenway).getByText('Reception said he is away')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe(`fu-${id}-log-toggle`));

    fireEvent.click(within(greenway).getByRole('button', { name: /^Remove “Left a voicemail”/ }));
    await waitFor(() => expect(items()[0]?.log).toEqual([]));
    await within(greenway).findByText('Time to call');
  });

  it('deletes only after confirmation, and moves focus to the next card', async () => {
    addApplication({ ...GREENWAY, interviewDate: '2026-11-10' });
    const other = addApplication({
      company: 'Blue Bay',
      jobTitle: 'Clerk',
      interviewerName: 'Ms. Lee',
      interviewDate: '2026-11-17',
    });
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
    expect(screen.getByRole('status').textContent).toBe('Deleted Greenway Dental.');
  });

  it('archives into a collapsed section, and makes another one active', async () => {
    const first = addApplication(GREENWAY);
    const second = addApplication({ ...GREENWAY, company: 'Blue Bay' });
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

  it('lists the email due after a voicemail in the Today summary', async () => {
    const id = addApplication(GREENWAY);
    logActivity(id, { kind: 'left-voicemail', date: '2026-11-20', note: '' });
    render(<TodaySummary />);
    const overdue = await screen.findByRole('heading', { name: 'Overdue (1)' });
    const link = within(overdue.parentElement!).getByRole('link', { name: 'Greenway Dental' });
    expect(link.getAttribute('href')).toBe(`/follow-ups/#${id}`);
    expect(link.parentElement?.textContent).toBe(
      'Greenway Dental: Send a short email, overdue since Friday, November 27',
    );
  });
});
