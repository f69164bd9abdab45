/** Issue 14: a year before 1000 in a file or a field is refused, never read as 1900–1999. */
import { describe, expect, it } from 'vitest';
import { validateCallWindowInput } from '../../src/lib/call-window/rule';
import { buildExport } from '../../src/lib/storage/export';
import { parseImport } from '../../src/lib/storage/import';
import { APPLICATION, SNAPSHOT } from './data-samples';
import { isoDate } from '../../src/lib/dates';

const TODAY = isoDate('2026-11-28');

describe('a year before 1000', () => {
  it('in an imported file, refuses the file', () => {
    // Written into the file's text: no typed value can hold a date that is not one.
    const text = JSON.stringify(buildExport(SNAPSHOT, new Date(0))).replace(
      `"interviewDate":"${APPLICATION.interviewDate}"`,
      '"interviewDate":"0050-11-17"',
    );
    expect(text).toContain('"interviewDate":"0050-11-17"');
    const result = parseImport(text);
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringContaining('interview 1, interview date') as string,
    });
  });

  it.each(['interviewDate', 'givenDate'] as const)('in the calculator’s %s, asks for the year', (field) => {
    const input = { interviewDate: '2026-11-17', givenDate: '2026-11-24', [field]: '0026-11-24' };
    expect(validateCallWindowInput(input, TODAY)[field]).toBe(
      'Check the year: write it in full, such as 2026.',
    );
  });
});
