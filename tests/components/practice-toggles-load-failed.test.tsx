/**
 * "Record my practice" and "Check what I said" when their code cannot load (offline before
 * the site was saved for offline use, or a new version replaced the old files). Their
 * problem sentences come with that code, so without this the box just unticked itself in
 * silence. Now the shared message says so beside the box, and Try again ticks it again.
 * Its own file: the mocked imports.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PracticeTimer from '../../src/islands/PracticeTimer';
import { DEFAULT_PRACTICE } from '../../src/lib/storage/schemas/practice';
import { DEFAULT_SETTINGS } from '../../src/lib/storage/schemas/settings';
import { $applications } from '../../src/stores/applications';
import { $practice } from '../../src/stores/practice';
import { $settings } from '../../src/stores/settings';

const network = vi.hoisted(() => ({ isOffline: true }));
vi.mock('../../src/islands/practice/microphone', async (importOriginal) => {
  if (network.isOffline) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});
vi.mock('../../src/islands/practice/speech', async (importOriginal) => {
  if (network.isOffline) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});

/** The browser's on-device recogniser, answering that it can listen. */
class FakeRecognition extends EventTarget {
  static available = () => Promise.resolve('available');
}

const MESSAGE =
  'Part of this page could not load. Check your connection, then try again or reload the page. Nothing you saved is lost.';

beforeEach(() => {
  network.isOffline = true;
  $settings.set(DEFAULT_SETTINGS);
  $practice.set(DEFAULT_PRACTICE);
  $applications.set({ items: [], activeId: null });
  vi.stubGlobal('SpeechRecognition', FakeRecognition);
  vi.stubGlobal('MediaRecorder', class {});
  const stream = { getTracks: () => [{ stop: vi.fn() }] };
  Object.defineProperty(navigator, 'mediaDevices', {
    value: { getUserMedia: vi.fn(() => Promise.resolve(stream)) },
    configurable: true,
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

describe.each([
  ['Record my practice', 'Checking the microphone…'],
  ['Check what I said (on this device)', 'Checking this browser and the microphone…'],
])('%s when its code cannot load', (label, checking) => {
  it('says so beside the box, and Try again ticks it again', async () => {
    render(<PracticeTimer />);
    const box = screen.getByLabelText<HTMLInputElement>(label);
    box.focus();
    fireEvent.click(box);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(MESSAGE);
    expect(box.checked).toBe(false);
    expect(screen.queryByText(checking)).toBeNull();
    // A frame passes before anyone can press Try again: the message's effects run after paint.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));

    network.isOffline = false;
    screen.getByRole('button', { name: 'Try again' }).focus();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(box.checked).toBe(true));
    await waitFor(() => expect(screen.queryByText(checking)).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(box.checked).toBe(true);
    // The message went with focus on it: focus is back on the box.
    expect(document.activeElement).toBe(box);
  });
});
