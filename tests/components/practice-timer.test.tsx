import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PracticeTimer from '../../src/islands/PracticeTimer';
import { SAMPLE_VOICEMAIL } from '../../src/lib/practice/sample-voicemail';
import { DEFAULT_PRACTICE } from '../../src/lib/storage/schemas/practice';
import { DEFAULT_SETTINGS } from '../../src/lib/storage/schemas/settings';
import { $applications, addApplication, setScript } from '../../src/stores/applications';
import { $practice } from '../../src/stores/practice';
import { $profile, updateProfile } from '../../src/stores/profile';
import { setLeadIn } from '../../src/stores/practice-settings';
import { $settings } from '../../src/stores/settings';
import { isoDate } from '../../src/lib/dates';
import { advance, fakePracticeClock } from './practice-clock';
import { SAMPLE_RUN } from './practice-runs';
import { waitForLoad } from './lazy-load-wait';

/** Let pending promises (the microphone's answer) settle, and Preact render their outcome. */
async function settle() {
  await act(async () => {
    for (let i = 0; i < 10; i += 1) await Promise.resolve();
  });
}

/** Render the timer and let it hydrate (stored values apply after the first render). */
function renderTimer(props: { embedded?: boolean } = {}) {
  const view = render(<PracticeTimer {...props} />);
  advance(0);
  return view;
}

const toggle = () => screen.getByRole('button', { name: /^(Start|Stop)$/ });
const clock = () => screen.getByRole('timer');
const status = () => screen.getByRole('status');
/** The result, once its code (loaded as the run started) has arrived. */
const lastRun = (name: string) => waitForLoad(() => screen.getByRole('region', { name }));

beforeEach(() => {
  fakePracticeClock();
  $settings.set(DEFAULT_SETTINGS);
  $practice.set(DEFAULT_PRACTICE);
  $applications.set({ items: [], activeId: null });
  $profile.set({ fullName: '', phone: '', email: '' });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PracticeTimer', () => {
  it('shows the labelled sample with its key facts marked, in words as well as colour', () => {
    const { container } = renderTimer();
    expect(screen.getByRole('heading', { name: 'Sample voicemail (made-up details)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /script builder/ }).getAttribute('href')).toBe(
      '/tools/script-builder/',
    );
    const mark = container.querySelector('.practice-text mark.key-facts');
    expect(mark?.textContent).toMatch(/^Key facts: Hi Ms\. Alvarez.*Coordinator position\.$/);
    expect(clock().textContent).toContain('0.0');
    expect(clock().getAttribute('aria-live')).toBe('off');
    expect(container.querySelector('[data-pagefind-ignore]')).toBeTruthy();
  });

  it('practises the user’s own voicemail, their edit included, and saves it as theirs', async () => {
    updateProfile({ fullName: 'Sam Rivera', phone: '555-0199' });
    const { id } = addApplication({
      company: 'Acme',
      jobTitle: 'Data Analyst',
      interviewerName: 'Mr. Chen',
      interviewDate: isoDate('2026-01-05'),
    });
    if (id === null) throw new Error('not added');
    setScript(
      id,
      'voicemail',
      'Hello Mr. Chen, this is Sam Rivera. I interviewed with you on Monday, January 5, for the Data Analyst position at Acme. Please call me at 555-0199.',
    );
    setLeadIn(false);
    const { container } = renderTimer();
    // The code that builds the user's voicemail loads when there is an interview to build it from.
    await waitForLoad(() => screen.getByRole('heading', { name: 'Your voicemail for Data Analyst at Acme' }));
    expect(screen.getByRole('link', { name: 'Edit your voicemail' })).toBeTruthy();
    // The key facts end with the sentence that names the job, as the script builder shades them.
    expect(container.querySelector('.practice-text mark.key-facts')?.textContent).toBe(
      'Key facts: Hello Mr. Chen, this is Sam Rivera. I interviewed with you on Monday, January 5, for the Data Analyst position at Acme.',
    );
    fireEvent.click(toggle());
    advance(8000);
    fireEvent.click(toggle());
    const [run] = $practice.get().runs;
    expect(run).toMatchObject({ seconds: 8, textSource: 'voicemail' });
    expect(run?.textPreview).toMatch(/^Hello Mr\. Chen/);
  });

  it('practises the sample while the user’s voicemail has gaps, and says why', async () => {
    addApplication({ company: 'Acme' });
    renderTimer();
    await waitForLoad(() => screen.getByText(/Your voicemail still has details to fill in/));
    expect(screen.getByRole('heading', { name: 'Sample voicemail (made-up details)' })).toBeTruthy();
    expect(screen.getByText(/Your voicemail still has details to fill in/)).toBeTruthy();
  });

  it('times a run from Start to Stop, shows the result and saves it', async () => {
    setLeadIn(false);
    renderTimer();
    const button = toggle();
    button.focus();
    fireEvent.click(button);
    expect(status().textContent).toBe('Started. Read your voicemail aloud now.');
    expect(button.textContent).toBe('Stop');
    expect(document.activeElement).toBe(button); // the same button, renamed
    advance(4000);
    expect(clock().textContent).toContain('4.0');
    expect(document.querySelector('.practice-word.is-pace')).toBeTruthy();
    advance(5500);
    fireEvent.click(button);
    expect(clock().textContent).toContain('9.5');
    expect(button.textContent).toBe('Start');
    expect(document.activeElement).toBe(button);

    const result = await lastRun('Your last run');
    expect(within(result).getByText('9.5 s')).toBeTruthy();
    expect(result.textContent).toMatch(/words a minute/);
    expect(status().textContent).toMatch(
      /^Stopped at 9\.5 seconds, \d+ words a minute\. Your key facts took about/,
    );
    expect(document.querySelector('.practice-word.is-pace')).toBeNull();

    const [run] = $practice.get().runs;
    expect(run).toMatchObject({ seconds: 9.5, fit: true, textSource: 'sample' });
    expect(run?.textPreview).toBe(SAMPLE_VOICEMAIL.text.slice(0, 80));
    const saved = JSON.parse(localStorage.getItem('cc:practice') ?? '{}') as {
      data: { runs: { seconds: number }[] };
    };
    expect(saved.data.runs[0]?.seconds).toBe(9.5);
  });

  it('counts down 3, 2, 1 before the clock starts, and Stop during it cancels', () => {
    renderTimer();
    fireEvent.click(toggle());
    expect(screen.getByText('Starting in 3…')).toBeTruthy();
    expect(status().textContent).toBe('');
    advance(1100); // the display follows animation frames
    expect(screen.getByText('Starting in 2…')).toBeTruthy();
    fireEvent.click(toggle());
    expect(toggle().textContent).toBe('Start');
    advance(5000);
    expect(clock().textContent).toContain('0.0');
    expect($practice.get().runs).toEqual([]);

    fireEvent.click(toggle());
    advance(3000);
    expect(status().textContent).toBe('Started. Read your voicemail aloud now.');
    advance(9500);
    fireEvent.click(toggle());
    expect(clock().textContent).toContain('9.5');
    expect($practice.get().runs).toHaveLength(1);
  });

  it('marks the key-facts target on the bar, keeps going past it, and never says overtime', async () => {
    setLeadIn(false);
    const { container } = renderTimer();
    expect(screen.getByText('Key facts by 10 s · whole message 20–40 s')).toBeTruthy();
    // The bar spans 45 s: the mark at 10 s, the 20–40 s band shaded.
    const mark = container.querySelector('.practice-bar-mark');
    expect(Number(mark?.getAttribute('x')) + 0.4).toBeCloseTo((10 / 45) * 100, 5);
    const band = container.querySelector('.practice-bar-band');
    expect(Number(band?.getAttribute('x'))).toBeCloseTo((20 / 45) * 100, 5);
    fireEvent.click(toggle());
    advance(10_000);
    expect(status().textContent).toBe(
      '10 seconds: your key facts should be said by now. Keep going, and press Stop when you finish.',
    );
    advance(12_400);
    expect(toggle().textContent).toBe('Stop');
    fireEvent.click(toggle());
    expect(clock().textContent).toContain('22.4');
    expect(container.textContent).not.toMatch(/overtime/i);
    const result = await lastRun('Your last run');
    expect(result.textContent).toContain(
      'The whole message took 22.4 s, within the 20 to 40 seconds a voicemail usually takes.',
    );
    expect(result.textContent).toMatch(/Your key facts took about \d+\.\d s, within the 10-second target\./);
    expect($practice.get().runs[0]).toMatchObject({ seconds: 22.4, outcome: 'complete', fit: true });
  });

  it('does not score a run stopped early, and keeps it as incomplete', async () => {
    setLeadIn(false);
    renderTimer();
    fireEvent.click(toggle());
    advance(6_000); // the whole sample in 6 s: over 400 words a minute
    fireEvent.click(toggle());
    const result = await lastRun('Your last run: incomplete');
    expect(result.textContent).toContain(
      'That was faster than anyone can read it aloud: did you stop early? This run is kept as incomplete and not scored.',
    );
    expect(result.textContent).not.toMatch(/within|fit|words a minute/);
    expect(status().textContent).toMatch(/^Stopped at 6\.0 seconds\. That was faster than anyone/);
    expect($practice.get().runs[0]).toMatchObject({ seconds: 6, outcome: 'too-fast', fit: false });
  });

  it('says so beside the result when storage refused the run, rather than pretending it was saved', async () => {
    setLeadIn(false);
    renderTimer();
    const setItem = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      fireEvent.click(toggle());
      advance(20_000);
      fireEvent.click(toggle());
    } finally {
      setItem.mockRestore();
    }
    const result = await lastRun('Your last run');
    expect(result.textContent).toContain('It is not saved: this browser’s storage is full.');
  });

  it('starts and stops with Space on the page, but not from a control that uses Space itself', () => {
    setLeadIn(false);
    renderTimer();
    fireEvent.keyDown(document.body, { key: ' ', code: 'Space' });
    expect(toggle().textContent).toBe('Stop');
    advance(9500);
    fireEvent.keyDown(document.body, { key: ' ', code: 'Space' });
    expect(toggle().textContent).toBe('Start');
    expect($practice.get().runs[0]?.seconds).toBe(9.5);

    fireEvent.keyDown(screen.getByLabelText(/Sound at the key-facts target/), { key: ' ', code: 'Space' });
    fireEvent.keyDown(screen.getByLabelText('Key facts target (seconds)'), { key: ' ', code: 'Space' });
    expect(toggle().textContent).toBe('Start');
  });

  it('leaves Space to the page inside a lesson', () => {
    renderTimer({ embedded: true });
    fireEvent.keyDown(document.body, { key: ' ', code: 'Space' });
    expect(toggle().textContent).toBe('Start');
    expect(screen.getByRole('heading', { level: 3, name: 'Your practice runs' })).toBeTruthy();
  });

  it('does not save a double press', () => {
    setLeadIn(false);
    renderTimer();
    fireEvent.click(toggle());
    advance(300);
    fireEvent.click(toggle());
    expect($practice.get().runs).toEqual([]);
    expect(status().textContent).toBe('Stopped at 0.3 seconds: too short to count, so it was not saved.');
  });

  it('saves the settings: lead-in, sound and a target from 5 to 60', () => {
    renderTimer();
    fireEvent.click(screen.getByLabelText(/Count down 3, 2, 1/));
    fireEvent.click(screen.getByLabelText(/Sound at the key-facts target/));
    const target = screen.getByLabelText<HTMLInputElement>('Key facts target (seconds)');
    fireEvent.input(target, { target: { value: '15' } });
    advance(0);
    expect($settings.get()).toMatchObject({ leadIn: false, sound: false, targetSeconds: 15 });
    expect(screen.getByText('Key facts by 15 s · whole message 20–40 s')).toBeTruthy();

    fireEvent.input(target, { target: { value: '99' } });
    fireEvent.blur(target);
    advance(0);
    expect($settings.get().targetSeconds).toBe(15);
    expect(
      screen.getByText(/Enter a whole number from 5 to 60\. The target stays at 15 seconds\./),
    ).toBeTruthy();
    expect(target.value).toBe('15');
  });

  it('lists saved runs as a table and a chart of whole-message times, with the pace, which can be reset', async () => {
    const run = {
      textSource: 'sample',
      textPreview: 'Hi',
      outcome: 'complete',
      check: null,
    } as const;
    $practice.set({
      runs: [
        { ...run, id: 'a1', at: '2026-01-01T10:00:00.000Z', seconds: 34.2, wordsPerMinute: 140, fit: true },
        {
          ...run,
          id: 'a2',
          at: '2026-01-02T10:00:00.000Z',
          seconds: 31.1,
          wordsPerMinute: 150,
          fit: false,
          textSource: 'voicemail',
          check: {
            heard: [{ fact: 'fullName', heardAt: 2 }],
            inTime: 2,
            fillers: 0,
            transcript: null,
          },
        },
        {
          ...run,
          id: 'a3',
          at: '2026-01-03T10:00:00.000Z',
          seconds: 9.7,
          wordsPerMinute: 562,
          fit: false,
          outcome: 'too-fast',
        },
      ],
      paceSince: null,
    });
    let showHistory = () => {};
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(private readonly report: (entries: { isIntersecting: boolean }[]) => void) {}
        observe() {
          showHistory = () => this.report([{ isIntersecting: true }]);
        }
        disconnect() {}
      },
    );
    renderTimer();
    expect(screen.getByText(/Your pace: 145 words a minute \(median of your last 2 runs\)/)).toBeTruthy();
    // The chart's code loads only when the history scrolls into view.
    await settle();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('Loading your runs…')).toBeTruthy();
    showHistory();
    const chart = await waitForLoad(() => screen.getByRole('img'));
    vi.unstubAllGlobals();
    expect(chart.getAttribute('aria-label')).toBe(
      'Your last 2 scored runs, oldest first: 34.2, 31.1 seconds, against the 20 to 40 seconds a voicemail usually takes. The key facts fit the 10-second target in 1 of 2. 1 incomplete run is left out.',
    );
    const table = screen.getByRole('table', { name: 'Your last 3 runs, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) => [...row.querySelectorAll('td')].slice(1).map((cell) => cell.textContent)),
    ).toEqual([
      ['9.7 s', '–', 'Incomplete: not scored', '–'],
      ['31.1 s', '150', 'No', '2 of 3'],
      ['34.2 s', '140', 'Yes', '–'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Reset my pace' }));
    advance(0);
    expect($practice.get().paceSince).not.toBeNull();
    expect(screen.getByText(/Your pace: not measured yet/)).toBeTruthy();
  });

  it('says why recording cannot work, and times the run all the same', async () => {
    const getUserMedia = vi.fn(() =>
      Promise.reject(new DOMException('Permission denied', 'NotAllowedError')),
    );
    vi.stubGlobal('MediaRecorder', class {});
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
    setLeadIn(false);
    renderTimer();
    const box = screen.getByLabelText<HTMLInputElement>('Record my practice');
    fireEvent.click(box);
    // The microphone code loads when the box is ticked.
    await waitForLoad(() => screen.getByText(/The microphone is blocked for this site/));
    expect(box.checked).toBe(false);
    expect(box.getAttribute('aria-describedby')).toContain('practice-record-problem');

    fireEvent.click(toggle());
    advance(9500);
    fireEvent.click(toggle());
    expect($practice.get().runs[0]?.seconds).toBe(9.5);
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'mediaDevices');
  });

  it('holds a screen wake lock during a run, releases it after, and shrugs off a refusal', async () => {
    const release = vi.fn(() => Promise.resolve());
    const request = vi.fn(() => Promise.resolve({ release }));
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
    setLeadIn(false);
    renderTimer();
    fireEvent.click(toggle());
    await settle();
    expect(request).toHaveBeenCalledWith('screen');
    advance(2000);
    fireEvent.click(toggle());
    expect(release).toHaveBeenCalledTimes(1);

    request.mockImplementation(() => Promise.reject(new DOMException('Battery saver', 'NotAllowedError')));
    fireEvent.click(toggle());
    await settle();
    advance(2000);
    fireEvent.click(toggle());
    expect($practice.get().runs).toHaveLength(2);
    Reflect.deleteProperty(navigator, 'wakeLock');
  });

  it.each([
    [true, 1],
    [false, 0],
  ])('with sound %s, beeps %i time(s) at the target', (sound, beeps) => {
    const start = vi.fn();
    const node = () => ({
      connect: (next: unknown) => next,
      start,
      stop: vi.fn(),
      frequency: {},
      type: '',
      gain: { setValueAtTime: vi.fn(), linearRampToValueAtTime: vi.fn() },
    });
    vi.stubGlobal(
      'AudioContext',
      class {
        state = 'running';
        currentTime = 0;
        destination = {};
        createOscillator = node;
        createGain = node;
        resume = () => Promise.resolve();
        close = () => Promise.resolve();
      },
    );
    $settings.set({ ...DEFAULT_SETTINGS, leadIn: false, sound });
    renderTimer();
    fireEvent.click(toggle());
    advance(9_900);
    expect(start).not.toHaveBeenCalled();
    advance(200);
    expect(start).toHaveBeenCalledTimes(beeps);
    advance(5_000);
    expect(start).toHaveBeenCalledTimes(beeps); // once, not every second past it
    fireEvent.click(toggle());
    vi.unstubAllGlobals();
  });

  it('says so when the browser cannot record at all', async () => {
    renderTimer();
    fireEvent.click(screen.getByLabelText('Record my practice'));
    await waitForLoad(() => screen.getByText(/This browser cannot record audio here/));
  });
});

describe('PracticeTimer before and after hydration', () => {
  it('renders a neutral server state: no sample text, no saved runs, no style attribute', () => {
    $practice.set({
      runs: [{ ...SAMPLE_RUN, seconds: 9 }],
      paceSince: null,
    });
    const html = renderToString(<PracticeTimer />);
    expect(html).not.toContain('Alvarez');
    expect(html).not.toContain('140 words');
    expect(html).not.toMatch(/style=/);
    expect(html).toContain('disabled');
    expect(html).toContain('role="timer"');
  });

  it('keeps settings changed before the island woke up', () => {
    $settings.set({ ...DEFAULT_SETTINGS, targetSeconds: 20 });
    const host = document.createElement('div');
    host.innerHTML = renderToString(<PracticeTimer />);
    document.body.append(host);
    (host.querySelector('input[name="practice-target"]') as HTMLInputElement).value = '25';
    (host.querySelector('input[name="practice-lead-in"]') as HTMLInputElement).checked = false;
    void act(() => hydrate(<PracticeTimer />, host));
    advance(0);
    expect($settings.get()).toMatchObject({ targetSeconds: 25, leadIn: false, sound: true });
    expect((host.querySelector('input[name="practice-target"]') as HTMLInputElement).value).toBe('25');
    void act(() => hydrate(null, host));
    host.remove();
  });
});
