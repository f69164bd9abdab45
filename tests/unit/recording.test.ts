import { describe, expect, it } from 'vitest';
import {
  RECORDING_MIME_TYPES,
  RECORDING_PROBLEM_MESSAGES,
  pickRecordingMimeType,
  recordingProblemOf,
} from '../../src/lib/practice/recording';

describe('pickRecordingMimeType', () => {
  it.each<[string, string[], string | undefined]>([
    ['Chrome', ['audio/webm;codecs=opus', 'audio/webm'], 'audio/webm;codecs=opus'],
    ['Firefox', ['audio/ogg;codecs=opus', 'audio/webm;codecs=opus', 'audio/webm'], 'audio/webm;codecs=opus'],
    ['Safari', ['audio/mp4'], 'audio/mp4'],
    ['an Opus-in-Ogg-only browser', ['audio/ogg;codecs=opus'], 'audio/ogg;codecs=opus'],
    ['a browser that names none', [], undefined],
  ])('picks the best format %s records', (_, supported, expected) =>
    expect(pickRecordingMimeType((type) => supported.includes(type))).toBe(expected),
  );

  it('asks in order of preference and stops at the first yes', () => {
    const asked: string[] = [];
    pickRecordingMimeType((type) => {
      asked.push(type);
      return type === 'audio/webm';
    });
    expect(asked).toEqual(RECORDING_MIME_TYPES.slice(0, 2));
  });

  it('treats a check that throws as "not supported"', () =>
    expect(
      pickRecordingMimeType((type) => {
        if (type.startsWith('audio/webm')) throw new Error('odd browser');
        return type === 'audio/mp4';
      }),
    ).toBe('audio/mp4'));
});

describe('recordingProblemOf', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'no-microphone'],
    ['OverconstrainedError', 'no-microphone'],
    ['NotReadableError', 'busy'],
    ['NotSupportedError', 'unsupported'],
    ['SomethingNew', 'failed'],
  ])('%s → %s', (name, problem) => expect(recordingProblemOf(new DOMException('x', name))).toBe(problem));

  it.each([null, undefined, 'NotAllowedError', 42, {}])('an unnamed error (%o) is a failure', (error) =>
    expect(recordingProblemOf(error)).toBe('failed'),
  );

  it('says, for every problem, that the timer still works', () => {
    for (const message of Object.values(RECORDING_PROBLEM_MESSAGES))
      expect(message).toMatch(/timer works without it/);
  });
});
