import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ScriptBuilder from '../../src/islands/ScriptBuilder';
import { COPY_BLOCKED } from '../../src/islands/script-builder/CopyButton';
import { DEFAULT_APPLICATIONS } from '../../src/lib/storage/schemas/applications';
import { DEFAULT_PRACTICE } from '../../src/lib/storage/schemas/practice';
import { DEFAULT_PROFILE } from '../../src/lib/storage/schemas/profile';
import { INTERVIEWER_NAME_HINT } from '../../src/lib/field-hints';
import { $activeApplication, $applications, addApplication, setScript } from '../../src/stores/applications';
import { $practice } from '../../src/stores/practice';
import { $profile } from '../../src/stores/profile';
import { isoDate } from '../../src/lib/dates';

// Saturday, November 28, 2026. The interview was on Tuesday the 17th, and the call is planned for
// Monday the 30th (the next weekday in the call window), so the texts say "on Tuesday, November 17".
const NOW = new Date(2026, 10, 28, 10, 0, 0);

/** An IntersectionObserver for which every part is on the screen: the checks' code loads at once. */
class OnScreen {
  constructor(private readonly report: (entries: { isIntersecting: boolean }[]) => void) {}
  observe() {
    queueMicrotask(() => this.report([{ isIntersecting: true }]));
  }
  disconnect() {}
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  vi.stubGlobal('IntersectionObserver', OnScreen);
  $applications.set(DEFAULT_APPLICATIONS);
  $profile.set(DEFAULT_PROFILE);
  $practice.set(DEFAULT_PRACTICE);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const text = (label: string) => screen.getByLabelText<HTMLTextAreaElement>(label).value;
const tab = (name: string) => screen.getByRole('tab', { name });
const panel = () => screen.getByRole('tabpanel');
const actionStatus = () => panel().querySelector('.sb-action-status')!;

function type(input: HTMLElement, value: string): void {
  fireEvent.input(input, { target: { value } });
}

/** The error shown for a field: in its own `.field`, and named by its aria-describedby. */
function errorOf(input: HTMLElement): string | null {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const error = input.closest('.field')?.querySelector('.field-error');
  return error && ids.includes(error.id) ? error.textContent : null;
}

function fillIn(): void {
  type(field('Your full name'), 'Priya Shah');
  type(field('Job title'), 'Office Manager');
  type(field('Company'), 'Greenway Dental');
  type(field("Interviewer's name"), 'Ms. Alvarez');
  type(field('Interview date'), '2026-11-17');
  type(field('Your phone number'), '(555) 010-0148');
  type(field("Interviewer's email (optional)"), 'd.alvarez@greenway.example');
}

function seed(): string {
  $profile.set({ fullName: 'Priya Shah', phone: '(555) 010-0148', email: 'priya@example.com' });
  const { id } = addApplication({
    jobTitle: 'Office Manager',
    company: 'Greenway Dental',
    interviewerName: 'Ms. Alvarez',
    interviewDate: isoDate('2026-11-17'),
    interviewerEmail: 'd.alvarez@greenway.example',
  });
  if (id === null) throw new Error('The test application was not saved.');
  return id;
}

describe('ScriptBuilder', () => {
  it('renders the neutral state on the server, whatever is saved', () => {
    seed();
    const html = renderToString(<ScriptBuilder />);
    expect(html).not.toContain('Priya');
    expect(html).not.toContain('Greenway');
    expect(html).toContain('[your full name]');
    expect(html).toContain('data-pagefind-ignore');
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toContain('mailto:');
  });

  it('writes the three texts from the form and saves each field where it belongs', async () => {
    render(<ScriptBuilder />);
    expect(text('Phone call text')).toContain('this is [your full name]');
    fillIn();
    await waitFor(() => expect(text('Phone call text')).toContain('Hello Ms. Alvarez, this is Priya Shah.'));
    // Read out on Monday, "last Tuesday" would be wrong: the texts give the date.
    expect(text('Phone call text')).toContain(
      'I interviewed with you on Tuesday, November 17, for the Office Manager position at Greenway Dental',
    );
    fireEvent.click(tab('Voicemail'));
    expect(text('Voicemail text')).toMatch(/^Hi Ms\. Alvarez, this is Priya Shah\./);
    expect(text('Voicemail text')).toContain("Once more, that's (555) 010-0148.");
    fireEvent.click(screen.getByRole('tab', { name: 'Email', exact: true } as never));
    expect(field('Email subject').value).toBe('Following up on the Office Manager interview – Priya Shah');
    expect(text('Email body')).toMatch(/^Dear Ms\. Alvarez,/);
    expect(within(panel()).queryByText(/Still to fill/)).toBeNull();

    expect($profile.get()).toEqual({ fullName: 'Priya Shah', phone: '(555) 010-0148', email: '' });
    expect($activeApplication.get()).toMatchObject({
      jobTitle: 'Office Manager',
      company: 'Greenway Dental',
      interviewDate: '2026-11-17',
      interviewerEmail: 'd.alvarez@greenway.example',
    });
    await waitFor(() =>
      expect(screen.getByText(/^For:/).textContent).toBe(
        'For: Office Manager at Greenway Dental · Switch interview',
      ),
    );
  });

  it('words the interview day relative to today only when the call is today', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 10, 0, 0)); // Wednesday, inside the call window
    seed();
    render(<ScriptBuilder />);
    await waitFor(() =>
      expect(text('Phone call text')).toContain('I interviewed with you last Tuesday, November 17,'),
    );
    expect(screen.getByText(/^Worded for a call today/)).toBeTruthy();
  });

  it('says the date, not "yesterday", the day after the interview: the call is a week later', async () => {
    vi.setSystemTime(new Date(2026, 10, 18, 10, 0, 0)); // Wednesday, the day after the interview
    seed();
    render(<ScriptBuilder />);
    await waitFor(() =>
      expect(text('Phone call text')).toContain('I interviewed with you on Tuesday, November 17,'),
    );
    expect(text('Phone call text')).not.toContain('yesterday');
    expect(screen.getByText(/they read right whichever day you call/)).toBeTruthy();
  });

  it('writes dates in the reader\'s style (en-GB: "Tuesday 17 November")', async () => {
    vi.stubGlobal('navigator', { ...navigator, languages: ['en-GB', 'en'] });
    seed();
    render(<ScriptBuilder />);
    await waitFor(() =>
      expect(text('Phone call text')).toContain(
        'I interviewed with you on Tuesday 17 November for the Office Manager',
      ),
    );
  });

  it('flags an edited text whose day words will be wrong, beside Copy and Print', async () => {
    vi.setSystemTime(new Date(2026, 10, 18, 10, 0, 0));
    const id = seed();
    setScript(
      id,
      'voicemail',
      'Hi Ms. Alvarez, this is Priya Shah. I interviewed with you yesterday. Thanks!',
    );
    render(<ScriptBuilder />);
    fireEvent.click(tab('Voicemail'));
    await waitFor(() => expect(text('Voicemail text')).toContain('yesterday'));
    const note = await waitFor(() =>
      within(panel()).getByText(/^Check the day before you copy or print this/),
    );
    expect(note.textContent).toMatch(
      /your text says “yesterday”, which will not be right on \w+day, November \d+, the day you plan to call\./,
    );
    expect(note.textContent).toContain('Say “on Tuesday, November 17” instead.');
    for (const name of ['Copy', 'Print']) {
      expect(within(panel()).getByRole('button', { name }).getAttribute('aria-describedby')).toBe(note.id);
    }
    // The generated phone script is worded afresh: nothing to flag there.
    fireEvent.click(tab('Phone call'));
    expect(within(panel()).queryByText(/^Check the day/)).toBeNull();
  });

  it("gives the interviewer's name the hint every tool gives it", () => {
    render(<ScriptBuilder />);
    const name = field("Interviewer's name");
    const hint = document.getElementById(name.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(hint?.textContent).toBe(INTERVIEWER_NAME_HINT);
    expect(INTERVIEWER_NAME_HINT).toMatch(/the name they gave you, or their title and surname/);
  });

  it('links from the form to the scripts and back, for a phone where they are far apart', () => {
    render(<ScriptBuilder />);
    const jump = screen.getByRole('link', { name: 'Jump to your script' });
    expect(document.querySelector(jump.getAttribute('href')!)?.textContent).toBe('Your scripts');
    const back = screen.getByRole('link', { name: 'Back to your details' });
    expect(document.querySelector(back.getAttribute('href')!)?.textContent).toBe('Your details');
  });

  it('lists what is still to fill and goes to the field', async () => {
    render(<ScriptBuilder />);
    const gaps = within(panel())
      .getByText(/Still to fill/)
      .closest('div')!;
    expect(
      within(gaps)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual([
      'Your full name',
      'Your phone number',
      'Job title',
      'Company',
      "Interviewer's name",
      'Interview date',
    ]);
    fireEvent.click(within(gaps).getByRole('button', { name: 'Go to field: Company' }));
    expect(document.activeElement).toBe(field('Company'));
    type(field('Company'), 'Greenway Dental');
    await waitFor(() => expect(within(gaps).queryByText('Company')).toBeNull());
  });

  it('shows the checklist in words, and a missing item leads to its empty field', async () => {
    render(<ScriptBuilder />);
    // The checklist's code loads as it comes into view.
    const checklist = await within(panel()).findByRole('region', { name: /Checklist/ });
    const row = (label: string) => within(checklist).getByText(label).closest('li')!;
    expect(row('Your full name').textContent).toContain('missing');
    expect(row('A thank-you').textContent).toContain('✓A thank-youdone');
    fireEvent.click(
      within(row('Your full name')).getByRole('button', { name: 'Go to field: Your full name' }),
    );
    expect(document.activeElement).toBe(field('Your full name'));
    type(field('Your full name'), 'Zoë Ñúñez');
    await waitFor(() => expect(row('Your full name').textContent).toContain('done'));
    expect(within(row('Your full name')).queryByRole('button')).toBeNull();
  });

  it('keeps an edit, re-checks it, and resets to the generated text (with undo)', async () => {
    seed();
    render(<ScriptBuilder />);
    fireEvent.click(tab('Voicemail'));
    await waitFor(() => expect(text('Voicemail text')).toContain('Priya Shah'));
    const generated = text('Voicemail text');
    expect(within(panel()).queryByText(/You edited this text/)).toBeNull();

    const edited = 'Hi Ms. Alvarez, this is Priya Shah about the Office Manager job. Thanks so much!';
    type(screen.getByLabelText('Voicemail text'), edited);
    await waitFor(() => expect(within(panel()).getByText(/You edited this text/)).toBeTruthy());
    expect($activeApplication.get()?.scripts.voicemail).toBe(edited);
    const checklist = await within(panel()).findByRole('region', { name: /Checklist/ });
    expect(within(checklist).getByText('Your phone number').closest('li')!.textContent).toContain('missing');
    // The phone number is filled in, so the fix is in the text: no field to go to.
    expect(
      within(within(checklist).getByText('Your phone number').closest('li')!).queryByRole('button'),
    ).toBeNull();

    // Changing a detail no longer changes the edited text.
    type(field('Your full name'), 'Priya R. Shah');
    await waitFor(() => expect($profile.get().fullName).toBe('Priya R. Shah'));
    expect(text('Voicemail text')).toBe(edited);

    fireEvent.click(within(panel()).getByRole('button', { name: 'Reset to generated' }));
    await waitFor(() =>
      expect(text('Voicemail text')).toBe(generated.replace('Priya Shah', 'Priya R. Shah')),
    );
    expect($activeApplication.get()?.scripts.voicemail).toBeUndefined();
    fireEvent.click(within(panel()).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(text('Voicemail text')).toBe(edited));
  });

  it('moves between tabs with the arrow keys, Home and End', () => {
    render(<ScriptBuilder />);
    const [phone, voicemail, email] = screen.getAllByRole('tab');
    expect(phone!.getAttribute('tabindex')).toBe('0');
    expect(voicemail!.getAttribute('tabindex')).toBe('-1');
    phone!.focus();
    fireEvent.keyDown(phone!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(voicemail);
    expect(voicemail!.getAttribute('aria-selected')).toBe('true');
    expect(panel().getAttribute('aria-labelledby')).toBe(voicemail!.id);
    expect(within(panel()).getByLabelText('Voicemail text')).toBeTruthy();
    fireEvent.keyDown(voicemail!, { key: 'End' });
    expect(document.activeElement).toBe(email);
    fireEvent.keyDown(email!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(phone);
    fireEvent.keyDown(phone!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(email);
    fireEvent.keyDown(email!, { key: 'Home' });
    expect(document.activeElement).toBe(phone);
    expect(screen.getAllByRole('tab').map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
  });

  it('copies with the Clipboard API and says so only when it worked', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<ScriptBuilder />);
    fireEvent.click(within(panel()).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(actionStatus().textContent).toBe('Copied the phone script to the clipboard.'));
    expect(actionStatus().getAttribute('role')).toBe('status');
    expect(writeText).toHaveBeenCalledWith(text('Phone call text'));
  });

  it.each([
    ['refused', { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) }],
    ['missing', undefined],
  ])('when the clipboard is %s, selects the text and says how to copy it', async (_, clipboard) => {
    vi.stubGlobal('navigator', { ...navigator, clipboard });
    render(<ScriptBuilder />);
    fireEvent.click(tab('Voicemail'));
    fireEvent.click(within(panel()).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(actionStatus().textContent).toBe(COPY_BLOCKED));
    const area = screen.getByLabelText<HTMLTextAreaElement>('Voicemail text');
    expect(document.activeElement).toBe(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
    expect(document.body.textContent).not.toContain('Copied');
  });

  it('shows a phone number that cannot be one inline when the field is left, and does not save it', async () => {
    $profile.set({ ...DEFAULT_PROFILE, phone: '(555) 010-0148' });
    render(<ScriptBuilder />);
    await waitFor(() => expect(field('Your phone number').value).toBe('(555) 010-0148'));
    type(field('Your phone number'), '555-01');
    expect(errorOf(field('Your phone number'))).toBeNull();
    fireEvent.blur(field('Your phone number'));
    await waitFor(() =>
      expect(errorOf(field('Your phone number'))).toMatch(/5 digits; a phone number has at least 7/),
    );
    expect(field('Your phone number').getAttribute('aria-invalid')).toBe('true');
    expect(field('Your phone number').value).toBe('555-01');
    expect($profile.get().phone).toBe('(555) 010-0148');
    // No text offers a number nobody can call: the gap shows, and the checklist points at the field.
    expect(text('Phone call text')).toContain('please call me back at [your phone number].');
    type(field('Your phone number'), '555-0199');
    await waitFor(() => expect(errorOf(field('Your phone number'))).toBeNull());
    expect($profile.get().phone).toBe('555-0199');
  });

  it('flags an email address that cannot be one, and keeps the email link off', async () => {
    seed();
    render(<ScriptBuilder />);
    fireEvent.click(screen.getByRole('tab', { name: 'Email', exact: true } as never));
    await waitFor(() =>
      expect(within(panel()).getByRole('link', { name: 'Open in email app' })).toBeTruthy(),
    );
    type(field("Interviewer's email (optional)"), 'alvarez at greenway');
    fireEvent.blur(field("Interviewer's email (optional)"));
    await waitFor(() =>
      expect(errorOf(field("Interviewer's email (optional)"))).toMatch(/does not look like an email address/),
    );
    const button = within(panel()).getByRole('button', { name: 'Open in email app' });
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(within(panel()).getByText(/fix the interviewer's email/)).toBeTruthy();
    expect($activeApplication.get()?.interviewerEmail).toBe('d.alvarez@greenway.example');
  });

  it('gives a returning visitor their saved texts and a correct mailto link', async () => {
    seed();
    render(<ScriptBuilder />);
    await waitFor(() => expect(field('Your full name').value).toBe('Priya Shah'));
    fireEvent.click(screen.getByRole('tab', { name: 'Email', exact: true } as never));
    const href = within(panel()).getByRole('link', { name: 'Open in email app' }).getAttribute('href')!;
    expect(href).toMatch(
      /^mailto:d\.alvarez@greenway\.example\?subject=Following%20up%20on%20the%20Office%20Manager%20interview%20%E2%80%93%20Priya%20Shah&body=Dear%20Ms\.%20Alvarez%2C%0D%0A%0D%0A/,
    );
    expect(href).not.toContain('+');
  });

  it('shows markup typed as a name as text, everywhere', async () => {
    render(<ScriptBuilder />);
    type(field('Your full name'), '<img src=x onerror=alert(1)>');
    type(field('Job title'), 'Office Manager');
    await waitFor(() => expect(text('Phone call text')).toContain('this is <img src=x onerror=alert(1)>.'));
    fireEvent.click(tab('Voicemail'));
    expect(
      await within(panel()).findByText(/<img src=x onerror=alert\(1\)>/, { selector: '.sb-readview span' }),
    ).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('times the voicemail at the measured pace and warns when the key facts come too late', async () => {
    seed();
    $practice.set({
      paceSince: null,
      runs: [
        {
          id: 'r1',
          at: '2026-11-27T10:00:00.000Z',
          seconds: 10,
          wordsPerMinute: 142,
          fit: true,
          textSource: 'voicemail',
          textPreview: 'Hi',
          outcome: 'complete',
          check: null,
        },
      ],
    });
    render(<ScriptBuilder />);
    fireEvent.click(tab('Voicemail'));
    await waitFor(() =>
      expect(within(panel()).getByText(/at your measured pace of 142 words a minute/)).toBeTruthy(),
    );
    const verdict = () =>
      within(panel())
        .getAllByRole('status')
        .find((node) => node.classList.contains('notice'))!;
    expect(verdict().textContent).toMatch(/all come before the 10-second mark/);
    expect(within(panel()).getByText(/^At 10 seconds you reach: “…/)).toBeTruthy();
    expect(within(panel()).getByText('10 s')).toBeTruthy();

    const preamble =
      "Hello there, I hope you're having a wonderful week and that things at the office are going smoothly. ";
    type(screen.getByLabelText('Voicemail text'), preamble + text('Voicemail text'));
    await waitFor(() =>
      expect(verdict().textContent).toContain(
        'Say your name, the job and the interview day before the 10-second mark.',
      ),
    );
    expect(verdict().textContent).toContain('Your name, the job and the interview day come after it.');
  });

  it('says it uses an average pace until practice has measured one', async () => {
    render(<ScriptBuilder />);
    expect(await within(panel()).findByText(/at an average pace of 150 words a minute/)).toBeTruthy();
  });

  it('prints the chosen script alone, then puts the page back', async () => {
    const print = vi.fn(() => {
      expect(document.documentElement.classList.contains('is-printing-script')).toBe(true);
      expect(document.querySelector('.script-print-text')?.textContent).toBe(text('Phone call text'));
      window.dispatchEvent(new Event('afterprint'));
    });
    vi.stubGlobal('print', print);
    render(<ScriptBuilder />);
    fireEvent.click(within(panel()).getByRole('button', { name: 'Print' }));
    // The print view's code loads on the button (usually already warmed by pointer or focus).
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
    expect(document.documentElement.classList.contains('is-printing-script')).toBe(false);
    expect(document.querySelector('.script-print-view')).toBeNull();
  });

  it('keeps what was typed before hydration', async () => {
    seed();
    const container = document.createElement('div');
    container.innerHTML = renderToString(<ScriptBuilder />);
    document.body.append(container);
    (container.querySelector('#sb-company') as HTMLInputElement).value = 'Brightwell Dental';
    const { hydrate } = await import('preact');
    hydrate(<ScriptBuilder />, container);
    await waitFor(() => expect($activeApplication.get()?.company).toBe('Brightwell Dental'));
    await waitFor(() =>
      expect((container.querySelector('#sb-full-name') as HTMLInputElement).value).toBe('Priya Shah'),
    );
    expect((container.querySelector('#sb-company') as HTMLInputElement).value).toBe('Brightwell Dental');
    container.remove();
  });
});
