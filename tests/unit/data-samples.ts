/** Valid stored values for the unit tests: one of each shape, with every field used. */
import type { Application } from '../../src/lib/storage/schemas/application';
import type { ApplicationsState } from '../../src/lib/storage/schemas/applications';
import type { Practice, PracticeRun } from '../../src/lib/storage/schemas/practice';
import type { Profile } from '../../src/lib/storage/schemas/profile';
import type { Progress } from '../../src/lib/storage/schemas/progress';
import type { Settings } from '../../src/lib/storage/schemas/settings';
import type { DataSnapshot } from '../../src/lib/storage/export';
import { isoDate } from '../../src/lib/dates';

export const PROFILE: Profile = {
  fullName: 'Ada Lovelace',
  phone: '+44 20 7946 0000',
  email: 'ada@example.org',
};

export const SETTINGS: Settings = {
  theme: 'dark',
  sound: false,
  leadIn: true,
  targetSeconds: 15,
  keepTranscripts: false,
};

export const PROGRESS: Progress = {
  done: ['when-to-call', 'prepare-your-script'],
  answers: { 'when-to-call/decide-by-friday': 'tuesday' },
};

export const RUN: PracticeRun = {
  id: 'run-1',
  at: '2026-11-20T09:30:00.000Z',
  seconds: 12.4,
  wordsPerMinute: 152,
  fit: true,
  textSource: 'voicemail',
  textPreview: 'Hello, this is Ada Lovelace calling about the analyst role',
  outcome: 'complete',
  check: {
    heard: [
      { fact: 'fullName', heardAt: 2.1 },
      { fact: 'job', heardAt: 6.4 },
      { fact: 'interviewDay', heardAt: null },
    ],
    inTime: 2,
    fillers: 1,
    transcript: 'Hello this is Ada Lovelace um calling about the data analyst role',
  },
};

export const PRACTICE: Practice = {
  runs: [
    RUN,
    {
      ...RUN,
      id: 'run-2',
      at: '2026-11-21T10:00:00.000Z',
      fit: false,
      textSource: 'sample',
      outcome: 'too-fast',
      check: null,
    },
  ],
  paceSince: '2026-11-19T00:00:00.000Z',
};

export const APPLICATION: Application = {
  id: 'app-1',
  company: 'Analytical Engines Ltd',
  jobTitle: 'Data analyst',
  interviewerName: 'Charles Babbage',
  interviewerEmail: 'charles@example.org',
  interviewerPhone: '020 7946 0001',
  interviewDate: isoDate('2026-11-17'),
  givenDate: isoDate('2026-11-24'),
  givenDateMeaning: 'decide-by',
  achievements: ['Cut report time by half', 'Led the migration to the new ledger'],
  scripts: { voicemail: 'Hello Charles, this is Ada.', emailSubject: 'Following up' },
  log: [
    {
      id: 'entry-1',
      kind: 'left-voicemail',
      date: isoDate('2026-11-25'),
      note: 'No answer; left a short message.',
    },
  ],
  archived: false,
  createdAt: '2026-11-17T16:00:00.000Z',
};

export const APPLICATIONS: ApplicationsState = {
  items: [
    APPLICATION,
    { ...APPLICATION, id: 'app-2', company: 'Difference Co', log: [], scripts: {}, archived: true },
  ],
  activeId: 'app-1',
};

export const SNAPSHOT: DataSnapshot = {
  profile: PROFILE,
  applications: APPLICATIONS,
  practice: PRACTICE,
  progress: PROGRESS,
  settings: SETTINGS,
};
