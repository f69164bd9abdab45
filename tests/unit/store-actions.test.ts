// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { loadStoresBeforeEach, savedData } from './storage-doubles';
import { RUN } from './data-samples';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const stores = loadStoresBeforeEach(NOW);

describe('progress', () => {
  it('toggles, sets and resets lessons, saving each change', () => {
    const { toggleLessonDone, setLessonDone, isLessonDone, resetProgress } = stores().progress;
    toggleLessonDone('a');
    setLessonDone('b', true);
    setLessonDone('b', true);
    expect(savedData('progress')).toEqual({ done: ['a', 'b'], answers: {} });
    toggleLessonDone('a');
    expect(isLessonDone('a')).toBe(false);
    expect(isLessonDone('b')).toBe(true);
    resetProgress();
    expect(savedData('progress')).toEqual({ done: [], answers: {} });
  });

  it('saves the last answer chosen for each question, keeping the lessons done', () => {
    const { saveAnswer, setLessonDone, resetProgress } = stores().progress;
    setLessonDone('when-to-call', true);
    saveAnswer('when-to-call/decide-by', 'monday');
    saveAnswer('when-to-call/decide-by', 'tuesday');
    saveAnswer('tone-of-voice/greeting', 'name');
    expect(savedData('progress')).toEqual({
      done: ['when-to-call'],
      answers: { 'when-to-call/decide-by': 'tuesday', 'tone-of-voice/greeting': 'name' },
    });
    setLessonDone('when-to-call', false);
    expect(savedData('progress')).toMatchObject({ answers: { 'when-to-call/decide-by': 'tuesday' } });
    resetProgress();
    expect(savedData('progress')).toEqual({ done: [], answers: {} });
  });
});

describe('settings', () => {
  it.each([
    [3, 5],
    [99, 60],
    [12.6, 13],
    [Number.NaN, 10],
    [20, 20],
  ])('setTargetSeconds(%d) saves %d', (input, expected) => {
    stores().practiceSettings.setTargetSeconds(input);
    expect(stores().settings.$settings.get().targetSeconds).toBe(expected);
    expect(savedData('settings')).toMatchObject({ targetSeconds: expected });
  });

  it('sets theme, sound and lead-in', () => {
    stores().settings.setTheme('light');
    stores().practiceSettings.setSound(false);
    stores().practiceSettings.setLeadIn(false);
    expect(savedData('settings')).toEqual({
      theme: 'light',
      sound: false,
      leadIn: false,
      targetSeconds: 10,
      keepTranscripts: true,
    });
  });

  it('refuses an unknown theme with a TypeError, saving nothing', () => {
    expect(() => stores().settings.setTheme('sepia' as 'dark')).toThrow(TypeError);
    expect(localStorage.getItem('cc:settings')).toBeNull();
  });
});

describe('profile', () => {
  it('merges a patch, cutting text to each limit', () => {
    stores().profile.updateProfile({ fullName: 'Ada Lovelace' });
    stores().profile.updateProfile({ phone: '1'.repeat(40), email: 'a@example.org' });
    expect(savedData('profile')).toEqual({
      fullName: 'Ada Lovelace',
      phone: '1'.repeat(30),
      email: 'a@example.org',
    });
  });
});

describe('practice', () => {
  it('records runs with an id and a short preview, keeping the newest 50', () => {
    const { $practice, recordRun } = stores().practice;
    const ids = Array.from({ length: 55 }, (_, i) =>
      recordRun({
        ...RUN,
        at: new Date(NOW.getTime() + i * 60_000).toISOString(),
        textPreview: 'p'.repeat(200),
      }),
    ).map((recorded) => {
      expect(recorded.result).toBe('saved');
      return recorded.id;
    });
    const { runs } = $practice.get();
    expect(runs).toHaveLength(50);
    expect(runs.map((run) => run.id)).toEqual(ids.slice(5));
    expect(runs[0]?.textPreview).toHaveLength(80);
    expect(new Set(ids).size).toBe(55);
  });

  it('says when storage refused a run, and keeps the transcript only as long as the limit', () => {
    const { $practice, recordRun } = stores().practice;
    const long = { ...RUN, check: RUN.check && { ...RUN.check, transcript: 'word '.repeat(2000) } };
    expect(recordRun(long).result).toBe('saved');
    expect($practice.get().runs[0]?.check?.transcript).toHaveLength(4000);
    const setItem = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      expect(recordRun(RUN).result).toBe('full');
    } finally {
      setItem.mockRestore();
    }
  });

  it('resets the pace from now', () => {
    stores().practice.resetPace();
    expect(savedData('practice')).toEqual({ runs: [], paceSince: NOW.toISOString() });
  });
});
