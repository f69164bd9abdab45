import { describe, expect, it } from 'vitest';
import { buildApplication } from '../../src/lib/follow-ups/application-edits';
import { choosePracticeText } from '../../src/lib/practice/source';
import type { Application } from '../../src/lib/storage/schemas/application';
import { DEFAULT_PROFILE, type Profile } from '../../src/lib/storage/schemas/profile';
import { EMPTY_DETAILS } from '../../src/lib/script/details';
import { GAP_MARKERS } from '../../src/lib/script/gaps';
import { buildEmail, buildPhoneScript, buildVoicemail } from '../../src/lib/script/text';
import {
  currentVoicemail,
  detailsOf,
  editToSave,
  fullTextOf,
  generateScripts,
  showScripts,
} from '../../src/lib/script/view';
import { PRIYA, TODAY } from './helpers/script-details';
import { isoDate } from '../../src/lib/dates';

const PROFILE: Profile = { fullName: PRIYA.fullName, phone: PRIYA.phone, email: PRIYA.email };

function application(overrides: Partial<Application> = {}): Application {
  return {
    ...buildApplication('a1', '2026-11-17T10:00:00.000Z', {
      jobTitle: PRIYA.jobTitle,
      company: PRIYA.company,
      interviewerName: PRIYA.interviewerName,
      interviewerEmail: PRIYA.interviewerEmail,
      interviewDate: PRIYA.interviewDate,
    }),
    ...overrides,
  };
}

describe('detailsOf', () => {
  it('joins the profile and the application', () => {
    expect(detailsOf(PROFILE, application())).toEqual(PRIYA);
  });

  it('uses the profile alone without an application', () => {
    expect(detailsOf(PROFILE, null)).toEqual({
      ...EMPTY_DETAILS,
      fullName: 'Priya Shah',
      phone: PRIYA.phone,
      email: PRIYA.email,
    });
  });
});

describe('showScripts', () => {
  it('shows the generated texts when nothing was edited', () => {
    const shown = showScripts(PRIYA, {}, TODAY);
    expect(shown.phone).toEqual({
      text: buildPhoneScript(PRIYA, TODAY),
      generated: buildPhoneScript(PRIYA, TODAY),
      isEdited: false,
    });
    expect(shown.voicemail.text).toBe(buildVoicemail(PRIYA, TODAY));
    expect(shown.emailSubject.text).toBe(buildEmail(PRIYA, TODAY).subject);
    expect(shown.emailBody.text).toBe(buildEmail(PRIYA, TODAY).body);
  });

  it.each([
    ['an edited text', 'Hi, Priya here.'],
    ['an emptied text', ''],
  ])('shows %s, keeping the template beside it', (_, edit) => {
    const shown = showScripts(PRIYA, { voicemail: edit }, TODAY);
    expect(shown.voicemail).toEqual({ text: edit, generated: buildVoicemail(PRIYA, TODAY), isEdited: true });
    expect(shown.phone.isEdited).toBe(false);
  });

  it('fills the gaps with markers while details are missing', () => {
    const shown = showScripts(EMPTY_DETAILS, {}, TODAY);
    for (const marker of Object.values(GAP_MARKERS)) expect(shown.voicemail.text).toContain(marker);
  });
});

describe('editToSave', () => {
  it.each([
    ['a changed text', 'abc', 'abd', 'abc'],
    ['the template again', 'abc', 'abc', null],
    ['an empty text', '', 'abc', ''],
  ])('saves %s as it should', (_, text, generated, saved) => {
    expect(editToSave(text, generated)).toBe(saved);
  });
});

describe('fullTextOf', () => {
  it('reads an email as its subject and body', () => {
    const shown = showScripts(PRIYA, { emailSubject: 'Hello', emailBody: 'Body' }, TODAY);
    expect(fullTextOf('email', shown)).toBe('Hello\n\nBody');
    expect(fullTextOf('voicemail', shown)).toBe(shown.voicemail.text);
  });
});

describe('currentVoicemail', () => {
  it('is null without an application', () => {
    expect(currentVoicemail(PROFILE, null, TODAY)).toBeNull();
  });

  it('is the generated voicemail, or the edited one, with its details', () => {
    expect(currentVoicemail(PROFILE, application(), TODAY)).toEqual({
      text: buildVoicemail(PRIYA, TODAY),
      details: PRIYA,
    });
    const edited = application({ scripts: { voicemail: 'My own words.' } });
    expect(currentVoicemail(PROFILE, edited, TODAY)?.text).toBe('My own words.');
  });

  it('feeds the practice timer: a voicemail with gaps falls back to the sample', () => {
    const withGaps = currentVoicemail(DEFAULT_PROFILE, application(), TODAY);
    expect(choosePracticeText(withGaps, isoDate(TODAY), 150, 10).sampleReason).toBe('has-gaps');
    const ready = currentVoicemail(PROFILE, application(), TODAY);
    expect(choosePracticeText(ready, isoDate(TODAY), 150, 10)).toMatchObject({
      source: 'voicemail',
      isKeyFactsFound: true,
    });
  });
});

describe('generateScripts', () => {
  it('names one text per editable part', () => {
    expect(Object.keys(generateScripts(PRIYA, TODAY)).sort()).toEqual([
      'emailBody',
      'emailSubject',
      'phone',
      'voicemail',
    ]);
  });
});
