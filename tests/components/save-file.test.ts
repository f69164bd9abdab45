import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyModule } from '../../src/islands/parts/lazy-module';
import { saveWith } from '../../src/islands/parts/save-file';

const build = (module: { text: string }) => ({ text: module.text, fileName: 'a.ics', type: 'text/calendar' });

describe('saveWith', () => {
  let clicks: number;
  beforeEach(() => {
    clicks = 0;
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {
      clicks += 1;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('saves inside the click, with no wait, once the module has been warmed', async () => {
    const code = lazyModule(() => Promise.resolve({ text: 'BEGIN:VCALENDAR' }));
    code.warm();
    await code.get();
    const saved = saveWith(code, build);
    // Synchronously: the browser sees the download as part of the user's click.
    expect(clicks).toBe(1);
    await expect(saved).resolves.toMatchObject({ fileName: 'a.ics' });
  });

  it('loads the module once, and saves when it arrives if it was not warmed', async () => {
    const load = vi.fn(() => Promise.resolve({ text: 'x' }));
    const code = lazyModule(load);
    const saved = saveWith(code, build);
    expect(clicks).toBe(0);
    await saved;
    expect(clicks).toBe(1);
    await saveWith(code, build);
    expect(load).toHaveBeenCalledOnce();
  });

  it('tries the load again after it failed (offline, say)', async () => {
    const load = vi
      .fn<() => Promise<{ text: string }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ text: 'x' });
    const code = lazyModule(load);
    await expect(saveWith(code, build)).rejects.toThrow('offline');
    await expect(saveWith(code, build)).resolves.toMatchObject({ fileName: 'a.ics' });
    expect(clicks).toBe(1);
  });

  it('rejects, without saving, when the file cannot be built', async () => {
    const code = lazyModule(() => Promise.resolve({ text: 'x' }));
    await code.get();
    await expect(
      saveWith(code, () => {
        throw new RangeError('no day');
      }),
    ).rejects.toThrow('no day');
    expect(clicks).toBe(0);
  });
});
