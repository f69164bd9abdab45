import { describe, expect, it } from 'vitest';
import { isHeadInjectWarning, quietHeadInjectWarning } from '../../src/integrations/quiet-head-inject';

const HEAD_INJECT = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/lessons/why-it-works.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('quietHeadInjectWarning', () => {
  it("drops the warning about Astro's head-inject directive", () => {
    expect(isHeadInjectWarning(HEAD_INJECT)).toBe(true);
  });

  it.each([
    [
      'another directive',
      { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The directive "use client" in "x.js" …' },
    ],
    ['another warning', { code: 'CIRCULAR_DEPENDENCY', message: 'use astro:head-inject' }],
    ['a warning without a code', { message: HEAD_INJECT.message }],
  ])('keeps %s', (_, log) => {
    expect(isHeadInjectWarning(log)).toBe(false);
  });

  it('is a plugin whose log hook filters out only that warning', () => {
    const plugin = quietHeadInjectWarning();
    const onLog = plugin.onLog as (level: string, log: typeof HEAD_INJECT) => boolean;
    expect(onLog('warn', HEAD_INJECT)).toBe(false);
    expect(onLog('warn', { code: 'EVAL', message: 'Use of eval' })).toBe(true);
  });
});
