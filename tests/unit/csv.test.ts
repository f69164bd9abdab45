import { describe, expect, it } from 'vitest';
import { ACTIVITY_LABELS } from '../../src/lib/follow-ups/activity-labels';
import {
  buildApplicationsCsv,
  buildCsvFileName,
  CSV_COLUMNS,
  formatCsvCell,
} from '../../src/lib/follow-ups/csv';
import type { Application } from '../../src/lib/storage/schemas/application';
import { APPLICATION } from './data-samples';
import { isoDate } from '../../src/lib/dates';

/** A strict RFC 4180 reader: fails on anything the writer should never produce. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let index = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  while (index < text.length) {
    if (text[index] === '"') {
      index++;
      for (;;) {
        if (index >= text.length) throw new Error('unterminated quotes');
        if (text[index] === '"') {
          if (text[index + 1] === '"') {
            cell += '"';
            index += 2;
            continue;
          }
          index++;
          break;
        }
        cell += text[index++];
      }
      if (index < text.length && text[index] !== ',' && text[index] !== '\r')
        throw new Error(`text after quotes at ${index}`);
    }
    const char = text[index];
    if (char === ',') {
      endCell();
      index++;
    } else if (char === '\r') {
      if (text[index + 1] !== '\n') throw new Error(`bare CR at ${index}`);
      endCell();
      rows.push(row);
      row = [];
      index += 2;
    } else if (char === '\n') {
      throw new Error(`bare LF at ${index}`);
    } else if (char === '"') {
      throw new Error(`quote inside an unquoted cell at ${index}`);
    } else if (char !== undefined) {
      cell += char;
      index++;
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('last row does not end in CRLF');
  return rows;
}

function application(overrides: Partial<Application>): Application {
  return { ...APPLICATION, log: [], archived: false, ...overrides };
}

describe('formatCsvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['Smith, Jr.', '"Smith, Jr."'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['', ''],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tTAB', "'\tTAB"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=1', 'a=1'],
    ['2026-11-17', '2026-11-17'],
  ])('%j → %j', (value, cell) => {
    expect(formatCsvCell(value)).toBe(cell);
  });
});

describe('buildApplicationsCsv', () => {
  const TODAY = isoDate('2026-11-28');
  const tricky = application({
    id: 'a',
    company: 'Smith, Jr.; "PhD" Dental 😀',
    jobTitle: "=cmd|' /C calc'!A0",
    interviewerName: 'Zoë Ñúñez',
    interviewerPhone: '+1 555 010 0142',
    interviewDate: isoDate('2026-11-17'),
    givenDate: '',
    log: [
      { id: 'e2', kind: 'sent-email', date: isoDate('2026-11-27'), note: '@mention\nsecond line' },
      { id: 'e1', kind: 'left-voicemail', date: isoDate('2026-11-24'), note: '-2 days, then "wait"' },
    ],
  });
  const quiet = application({
    id: 'b',
    company: 'Quiet Ltd',
    archived: true,
    givenDate: isoDate('2026-11-24'),
    givenDateMeaning: 'decide-by',
  });
  const csv = buildApplicationsCsv([tricky, quiet], TODAY);

  it('starts with a byte order mark and ends every row with CRLF', () => {
    expect(csv.startsWith('\uFEFFCompany,Job title,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted cells, every line break is CRLF.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    expect(unquoted.match(/\r\n/g)).toHaveLength(4);
  });

  it('parses back to one row per log entry, oldest first, and one per application without a log', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
    const [, first, second, third] = rows;
    expect(first).toEqual([
      'Smith, Jr.; "PhD" Dental 😀',
      "'=cmd|' /C calc'!A0",
      'Zoë Ñúñez',
      'charles@example.org',
      "'+1 555 010 0142",
      '2026-11-17',
      '',
      '',
      'You sent your follow-up email',
      'No',
      '2026-11-24',
      ACTIVITY_LABELS['left-voicemail'],
      '\'-2 days, then "wait"',
    ]);
    expect(second?.slice(10)).toEqual(['2026-11-27', 'Sent an email', "'@mention\nsecond line"]);
    expect(third).toEqual([
      'Quiet Ltd',
      'Data analyst',
      'Charles Babbage',
      'charles@example.org',
      '020 7946 0001',
      '2026-11-17',
      '2026-11-24',
      'We will decide by this day',
      'Time to call',
      'Yes',
      '',
      '',
      '',
    ]);
  });

  it('leaves no cell that a spreadsheet would run as a formula', () => {
    for (const row of parseCsv(csv.slice(1))) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('writes just the header without applications', () => {
    expect(parseCsv(buildApplicationsCsv([], TODAY).slice(1))).toEqual([[...CSV_COLUMNS]]);
  });

  it('names the file after the day', () => {
    expect(buildCsvFileName(TODAY)).toBe('follow-ups-2026-11-28.csv');
  });
});
