import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import MyData from '../../src/islands/MyData';
import { buildExport } from '../../src/lib/storage/export';
import { DEFAULT_APPLICATIONS } from '../../src/lib/storage/schemas/applications';
import { DEFAULT_PROFILE } from '../../src/lib/storage/schemas/profile';
import { DEFAULT_PROGRESS } from '../../src/lib/storage/schemas/progress';
import { $applications, addApplication } from '../../src/stores/applications';
import { replaceData, snapshotData } from '../../src/stores/my-data';
import { $profile, updateProfile } from '../../src/stores/profile';
import { $progress, setLessonDone } from '../../src/stores/progress';
import { captureDownloads } from './downloads';

const LESSONS = ['when-to-call', 'prepare-your-script'];
const summary = () => document.querySelector('.my-data-summary')?.textContent;

beforeEach(() => {
  localStorage.clear();
  $applications.set(DEFAULT_APPLICATIONS);
  $profile.set(DEFAULT_PROFILE);
  $progress.set(DEFAULT_PROGRESS);
});

afterEach(() => vi.restoreAllMocks());

/** Choose a file in the import field. */
function chooseFile(text: string, name = 'export.json'): void {
  const input = screen.getByLabelText<HTMLInputElement>('Export or backup file');
  Object.defineProperty(input, 'files', {
    configurable: true,
    value: [new File([text], name, { type: 'application/json' })],
  });
  fireEvent.change(input);
}

describe('MyData', () => {
  it('renders a neutral state on the server, whatever is saved', () => {
    addApplication({ company: 'Greenway Dental' });
    updateProfile({ fullName: 'Ada Lovelace' });
    const html = renderToString(<MyData lessonSlugs={LESSONS} />);
    expect(html).toContain('Reading what is saved in this browser…');
    expect(html).toContain('Checking whether this browser saves your data…');
    expect(html).not.toContain('1 interview');
    expect(html).not.toContain('Greenway');
  });

  it('shows what is saved once hydrated, and follows changes', async () => {
    setLessonDone('when-to-call', true);
    render(<MyData lessonSlugs={LESSONS} />);
    await waitFor(() => expect(summary()).toBe('0 interviews, 0 practice runs, 1 of 2 lessons done.'));
    addApplication({ company: 'Greenway Dental' });
    await waitFor(() => expect(summary()).toBe('1 interview, 0 practice runs, 1 of 2 lessons done.'));
    expect(
      screen.getByText('Saving works: what you enter is kept in this browser, on this device.'),
    ).toBeTruthy();
  });

  it('previews an import, and replaces only once confirmed', async () => {
    render(<MyData lessonSlugs={LESSONS} />);
    const file = buildExport(
      { ...snapshotData(), progress: { done: LESSONS, answers: {} } },
      new Date('2026-11-28T10:00:00Z'),
    );
    chooseFile(JSON.stringify(file));
    await screen.findByRole('group', { name: 'Replace your data with this file?' });
    expect($progress.get().done).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Replace my data' }));
    await screen.findByText('Done: your data now comes from export.json.');
    expect($progress.get().done).toEqual(LESSONS);
  });

  it('shows a bad file’s error next to the field and changes nothing', async () => {
    setLessonDone('when-to-call', true);
    render(<MyData lessonSlugs={LESSONS} />);
    chooseFile('{"type":"callback-coach-data","version":99,"data":{}}');
    const error = await screen.findByText(/^This file comes from a newer version of Callback Coach\./);
    const input = screen.getByLabelText('Export or backup file');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect($progress.get().done).toEqual(['when-to-call']);
  });

  it('deletes everything only after the confirm step, which takes focus and gives it back', async () => {
    setLessonDone('when-to-call', true);
    render(<MyData lessonSlugs={LESSONS} />);
    const start = screen.getByRole('button', { name: 'Delete all my data' });
    start.focus();
    fireEvent.click(start);
    // The confirm step comes with the actions' code: focus waits on the button, then moves to
    // the choice that loses nothing.
    const keep = await screen.findByRole('button', { name: 'Keep my data' });
    await waitFor(() => expect(document.activeElement).toBe(keep));
    fireEvent.click(keep);
    expect($progress.get().done).toEqual(['when-to-call']);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete all my data' })),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything' }));
    const done = await screen.findByText(
      'Deleted: Callback Coach has nothing of yours saved in this browser now.',
    );
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect($progress.get().done).toEqual([]);
  });

  it('restores a backup after its preview: focus goes to the preview, then to what happened', async () => {
    setLessonDone('when-to-call', true);
    // Replacing the progress keeps a backup of the lesson done.
    replaceData({ progress: { done: [], answers: {} } });
    render(<MyData lessonSlugs={LESSONS} />);
    fireEvent.click(await screen.findByRole('button', { name: /^Restore the backup: Lesson progress/ }));
    const title = await screen.findByRole('heading', { name: 'Restore this backup?' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect($progress.get().done).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Restore the backup' }));
    const message = await screen.findByText(/^Done: your data now comes from the backup of /);
    expect(document.activeElement).toBe(message);
    expect($progress.get().done).toEqual(['when-to-call']);
  });

  it('exports everything to a file made on the click', async () => {
    setLessonDone('when-to-call', true);
    const { files: made } = captureDownloads();
    render(<MyData lessonSlugs={LESSONS} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export my data' }));
    await screen.findByText(/^Downloaded callback-coach-data-\d{4}-\d\d-\d\d\.json\. Keep it somewhere safe/);
    expect(made).toHaveLength(1);
    const file = JSON.parse(await (made[0] as Blob).text()) as ReturnType<typeof buildExport>;
    expect(file.data.progress.done).toEqual(['when-to-call']);
  });

  it('asks the browser to keep the data and says its answer', async () => {
    render(<MyData lessonSlugs={LESSONS} />);
    fireEvent.click(screen.getByRole('button', { name: 'Keep my data safe in this browser' }));
    await screen.findByText(
      /^(Done: this browser agreed|This browser did not agree|This browser does not offer)/,
    );
  });
});
