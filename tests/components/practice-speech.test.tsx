import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PracticeTimer from '../../src/islands/PracticeTimer';
import { DEFAULT_PRACTICE } from '../../src/lib/storage/schemas/practice';
import { DEFAULT_SETTINGS } from '../../src/lib/storage/schemas/settings';
import { $applications } from '../../src/stores/applications';
import { $practice } from '../../src/stores/practice';
import { $settings } from '../../src/stores/settings';
import { advance, fakePracticeClock } from './practice-clock';
import { waitForLoad } from './lazy-load-wait';

/** A stand-in for the browser's on-device recogniser: it records how it was set up. */
class FakeRecognition extends EventTarget {
  static answer: unknown = 'available';
  static installs = 0;
  static installWorks = true;
  static started: FakeRecognition[] = [];
  static available = vi.fn(() => Promise.resolve(FakeRecognition.answer));
  static install = vi.fn(() => {
    FakeRecognition.installs += 1;
    if (FakeRecognition.installWorks) FakeRecognition.answer = 'available';
    return Promise.resolve(FakeRecognition.installWorks);
  });
  lang = '';
  continuous = false;
  interimResults = false;
  processLocally = false;
  start() {
    if (this.processLocally !== true) throw new Error('started without processLocally = true');
    FakeRecognition.started.push(this);
  }
  stop() {
    queueMicrotask(() => this.dispatchEvent(new Event('end')));
  }
  abort() {
    this.stop();
  }
  /** Send results as a recogniser does: every result so far, from `resultIndex`. */
  emit(transcripts: string[], resultIndex = 0) {
    const results = transcripts.map((transcript) => Object.assign([{ transcript }], { isFinal: true }));
    this.dispatchEvent(Object.assign(new Event('result'), { resultIndex, results }));
  }
}

const stream = { getTracks: () => [{ stop: vi.fn() }] };
const getUserMedia = vi.fn(() => Promise.resolve(stream));

async function settle() {
  await act(async () => {
    for (let i = 0; i < 20; i += 1) await Promise.resolve();
  });
}
const box = () => screen.getByLabelText<HTMLInputElement>('Check what I said (on this device)');
const toggle = () => screen.getByRole('button', { name: /^(Start|Stop)$/ });

function renderTimer() {
  const view = render(<PracticeTimer />);
  advance(0);
  return view;
}

/** Tick the box and wait until the check's code, the browser and the microphone have answered. */
async function tick() {
  fireEvent.click(box());
  await waitForLoad(() => expect(screen.queryByText(/Checking this browser/)).toBeNull());
}

beforeEach(() => {
  fakePracticeClock();
  $settings.set({ ...DEFAULT_SETTINGS, leadIn: false });
  $practice.set(DEFAULT_PRACTICE);
  $applications.set({ items: [], activeId: null });
  FakeRecognition.answer = 'available';
  FakeRecognition.installWorks = true;
  FakeRecognition.installs = 0;
  FakeRecognition.started = [];
  FakeRecognition.available.mockClear();
  vi.stubGlobal('SpeechRecognition', FakeRecognition);
  vi.stubGlobal('MediaRecorder', class {});
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

describe('Check what I said, in each state the browser can be in', () => {
  it('not offered at all: the box is disabled, with the reason in one sentence', () => {
    vi.stubGlobal('SpeechRecognition', undefined);
    renderTimer();
    expect(box().disabled).toBe(true);
    expect(screen.getByText(/This browser cannot listen on this device, so the check is off/)).toBeTruthy();
  });

  it('available: it asks for the page language on the device only, then the microphone, and switches on', async () => {
    renderTimer();
    expect(box().disabled).toBe(false);
    await tick();
    expect(FakeRecognition.available).toHaveBeenCalledWith({ langs: ['en-US'], processLocally: true });
    expect(getUserMedia).toHaveBeenCalledWith({ audio: true });
    expect(box().checked).toBe(true);
  });

  it('not available for this language on the device: the box goes off and disabled, and nothing else is tried', async () => {
    FakeRecognition.answer = 'unavailable';
    renderTimer();
    await tick();
    expect(box().checked).toBe(false);
    expect(box().disabled).toBe(true);
    expect(screen.getByText(/nothing is ever sent anywhere/)).toBeTruthy();
  });

  it('downloadable: says what the download is, and the button installs it, then switches on', async () => {
    FakeRecognition.answer = 'downloadable';
    renderTimer();
    await tick();
    expect(screen.getByText(/downloads the language pack once, then works offline/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download speech recognition' }));
    expect(FakeRecognition.install).toHaveBeenCalledWith({ langs: ['en-US'], processLocally: true });
    await waitForLoad(() => expect(box().checked && screen.queryByText(/Downloading/) === null).toBe(true));
    expect(screen.queryByRole('button', { name: 'Download speech recognition' })).toBeNull();
  });

  it('a failed download is said in words, and the check stays off', async () => {
    FakeRecognition.answer = 'downloadable';
    FakeRecognition.installWorks = false;
    renderTimer();
    await tick();
    fireEvent.click(screen.getByRole('button', { name: 'Download speech recognition' }));
    await waitForLoad(() => screen.getByText(/The speech recognition download did not finish/));
    expect(box().checked).toBe(false);
  });

  it('a blocked microphone is explained, and the check stays off', async () => {
    getUserMedia.mockImplementationOnce(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
    renderTimer();
    await tick();
    expect(screen.getByText(/The microphone is blocked for this site/)).toBeTruthy();
    expect(box().checked).toBe(false);
  });

  it('never listens where the browser would not keep processLocally on', async () => {
    class IgnoresTheSetting extends FakeRecognition {
      constructor() {
        super();
        Reflect.deleteProperty(this, 'processLocally'); // leave the accessors below in charge
      }
      // @ts-expect-error an accessor in place of the field: a browser that ignores the setting
      override get processLocally() {
        return false;
      }
      override set processLocally(_: boolean) {}
      // Such a browser would start happily, free to send the audio away.
      override start() {
        FakeRecognition.started.push(this);
      }
    }
    vi.stubGlobal('SpeechRecognition', IgnoresTheSetting);
    renderTimer();
    await tick();
    fireEvent.click(toggle());
    expect(FakeRecognition.started).toEqual([]);
    expect(box().checked).toBe(false);
    fireEvent.click(toggle());
  });
});

describe('a run with the check on', () => {
  it('listens from Start to Stop on the device, then says which facts it heard and when', async () => {
    renderTimer();
    await tick();
    fireEvent.click(toggle());
    // The result's code loads as the run starts: here it has arrived before Stop.
    await import('../../src/islands/practice/Result');
    await settle();
    const [recognition] = FakeRecognition.started;
    expect(recognition).toMatchObject({
      processLocally: true,
      lang: 'en-US',
      continuous: true,
      interimResults: true,
    });
    advance(2_000);
    recognition?.emit(['Hi Ms. Alvarez, um, this is Jordan Lee.']);
    advance(3_000);
    recognition?.emit([
      'Hi Ms. Alvarez, um, this is Jordan Lee.',
      'I interviewed with you last Tuesday for the office coordinator position.',
    ]);
    advance(13_000);
    fireEvent.click(toggle());
    expect(screen.getByText('Checking what you said…')).toBeTruthy();
    await settle();
    const said = screen.getByRole('region', { name: 'What you said' });
    const facts = [...said.querySelectorAll('li')].map((item) => item.textContent);
    expect(facts).toEqual([
      '✓ Your name: heard at 2.0 s',
      '✓ The job title: heard at 5.0 s',
      '✓ The interview day: heard at 5.0 s',
      '✗ Your phone number: not heard',
    ]);
    expect(said.textContent).toContain(
      'Your name, the job and the interview day were all heard within 10 seconds.',
    );
    expect(said.textContent).toContain('1 filler word heard');
    expect(said.querySelector('.practice-transcript mark')?.textContent).toBe('key fact: Jordan Lee.');
    expect(screen.getByRole('status').textContent).toMatch(
      /What you said: Your name, the job and the interview day were all heard within 10 seconds\. 1 filler word heard/,
    );
    const [run] = $practice.get().runs;
    expect(run?.check).toEqual({
      heard: [
        { fact: 'fullName', heardAt: 2 },
        { fact: 'job', heardAt: 5 },
        { fact: 'interviewDay', heardAt: 5 },
        { fact: 'phone', heardAt: null },
      ],
      inTime: 3,
      fillers: 1,
      transcript:
        'Hi Ms. Alvarez, um, this is Jordan Lee. I interviewed with you last Tuesday for the office coordinator position.',
    });
  });

  it('keeps no transcript when "Keep transcripts" is off, but still what was heard', async () => {
    renderTimer();
    fireEvent.click(screen.getByLabelText('Keep transcripts'));
    expect($settings.get().keepTranscripts).toBe(false);
    await tick();
    fireEvent.click(toggle());
    advance(1_000);
    FakeRecognition.started[0]?.emit(['this is Jordan Lee']);
    advance(17_000);
    fireEvent.click(toggle());
    await settle();
    expect($practice.get().runs[0]?.check).toMatchObject({ inTime: 1, transcript: null });
  });
});
