/** Small Markdown helpers for the report. */

/** A Markdown table from a header row and body rows; `|` in cells is escaped. */
export function table(header, rows) {
  const cell = (value) =>
    String(value ?? '')
      .replaceAll('|', '\\|')
      .replaceAll('\n', ' ');
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A table from plain objects (a hook's rows): the first row's keys are the columns. */
export function objectTable(rows) {
  if (rows.length === 0) return '_No rows._';
  const header = Object.keys(rows[0]);
  return table(
    header,
    rows.map((row) => header.map((key) => row[key])),
  );
}

/** Bytes as KB with one decimal (1 KB = 1024 bytes). */
export const kb = (bytes) => (bytes == null ? '–' : (bytes / 1024).toFixed(1));

/** PASS / FAIL / n/a for a check. */
export const verdict = (pass) => (pass === null ? 'n/a' : pass ? 'PASS' : '**FAIL**');
