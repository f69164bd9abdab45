import { describe, expect, it } from 'vitest';
import { choosePracticeText } from '../../src/lib/practice/source';
import { SAMPLE_VOICEMAIL } from '../../src/lib/practice/sample-voicemail';
import { buildVoicemail } from '../../src/lib/script/text';
import { PRIYA, TODAY, without } from './helpers/script-details';
import { isoDate } from '../../src/lib/dates';

describe('choosePracticeText', () => {
  it('shows the sample, labelled, when there is no voicemail', () =>
    expect(choosePracticeText(null, TODAY, 150, 10)).toEqual({
      text: SAMPLE_VOICEMAIL.text,
      keyFactsEndIndex: SAMPLE_VOICEMAIL.keyFactsEndIndex,
      isKeyFactsFound: true,
      source: 'sample',
      label: 'Sample voicemail (made-up details)',
      sampleReason: 'no-voicemail',
      details: null,
    }));

  it('shows the sample when the voicemail is blank', () =>
    expect(choosePracticeText({ text: '  \n', details: PRIYA }, isoDate(TODAY), 150, 10).sampleReason).toBe(
      'no-voicemail',
    ));

  it('shows the sample while the voicemail still has gaps to fill', () => {
    const details = without(['fullName']);
    expect(
      choosePracticeText({ text: buildVoicemail(details, TODAY), details }, isoDate(TODAY), 150, 10),
    ).toMatchObject({
      source: 'sample',
      sampleReason: 'has-gaps',
    });
  });

  it('shows the user’s voicemail with its key facts found', () => {
    const text = buildVoicemail(PRIYA, TODAY);
    const chosen = choosePracticeText({ text, details: PRIYA }, isoDate(TODAY), 150, 10);
    expect(chosen).toMatchObject({
      text,
      source: 'voicemail',
      isKeyFactsFound: true,
      label: 'Your voicemail for Office Manager at Brightwell Dental',
      sampleReason: null,
    });
    expect(text.slice(0, chosen.keyFactsEndIndex)).toContain('Office Manager');
    expect(chosen.keyFactsEndIndex).toBeLessThan(text.length);
  });

  it('times the whole message, marking nothing, when the key facts are not all in it', () => {
    const text = 'Hi, just calling to say thanks. Call me back at 555-0148.';
    expect(choosePracticeText({ text, details: PRIYA }, isoDate(TODAY), 150, 10)).toMatchObject({
      source: 'voicemail',
      isKeyFactsFound: false,
      keyFactsEndIndex: text.length,
    });
  });
});
