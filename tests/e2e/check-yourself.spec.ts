import { questionsFor } from '../../src/lib/course/questions';
import { LESSON_SLUGS } from './course';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The first question of "Know when to call": a date question computed by the calculator's rule.
const QUESTION = questionsFor('when-to-call')[0]!;
const RIGHT = QUESTION.choices.find((choice) => choice.id === QUESTION.right)!;
const WRONG = QUESTION.choices.find((choice) => choice.id !== QUESTION.right)!;
const NEW_LESSONS = [
  ['right-after-the-interview', 'Right after the interview'],
  ['if-they-pick-up', 'If they pick up'],
  ['follow-up-ladder', 'When to stop: the follow-up ladder'],
  ['special-situations', 'Special situations'],
  ['if-phoning-is-hard', 'If phoning is hard'],
] as const;

test.describe('Check yourself', () => {
  test('a wrong answer says why and can be retried; the right one is saved and counted on the home page', async ({
    page,
  }) => {
    await page.goto('/lessons/when-to-call/');
    const section = page.getByRole('region', { name: 'Check yourself' });
    await expect(section.getByRole('group')).toHaveCount(questionsFor('when-to-call').length);
    const group = section.getByRole('group', { name: QUESTION.prompt });
    const status = group.getByRole('status');
    await expect(status).toBeHidden();

    await group.getByLabel(WRONG.text).check();
    await expect(status).toHaveText(`Not quite. ${WRONG.why} Try another answer.`);
    await expect(group).toHaveAttribute('data-state', 'wrong');
    await expectNoAxeViolations(page);

    await group.getByLabel(RIGHT.text).check();
    await expect(status).toHaveText(`Right. ${RIGHT.why}`);
    await expect(group).toHaveAttribute('data-state', 'right');
    await expectNoAxeViolations(page);

    await page.reload();
    const again = page.getByRole('group', { name: QUESTION.prompt });
    await expect(again.getByLabel(RIGHT.text)).toBeChecked();
    await expect(again.getByRole('status')).toHaveText(`Right. ${RIGHT.why}`);

    await page.goto('/');
    const total = LESSON_SLUGS.reduce((sum, slug) => sum + questionsFor(slug).length, 0);
    await expect(page.locator('.progress-summary .answers')).toHaveText(
      `1 of ${total} questions answered right in the “Check yourself” sections.`,
    );
  });

  test('a wrong answer left as it is counts for nothing on the home page', async ({ page }) => {
    await page.goto('/lessons/when-to-call/');
    await page.getByRole('group', { name: QUESTION.prompt }).getByLabel(WRONG.text).check();
    await expect(page.getByRole('group', { name: QUESTION.prompt })).toHaveAttribute('data-state', 'wrong');
    await page.goto('/');
    await expect(page.locator('.progress-summary .answers-count')).toHaveText(
      /^0 of \d+ questions answered right$/,
    );
    // The reset clears answers too, so it is offered once any question is answered.
    await expect(page.getByRole('button', { name: 'Reset progress' })).toBeVisible();
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto('/lessons/when-to-call/');
    const group = page.getByRole('group', { name: QUESTION.prompt });
    await group.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await expect(group.getByRole('status')).not.toBeEmpty();
    await expect(group.getByRole('radio').first()).toBeFocused();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the questions read and each answer is in a disclosure', async ({ page }) => {
      await page.goto('/lessons/when-to-call/');
      const group = page.getByRole('group', { name: QUESTION.prompt });
      await expect(group.getByRole('radio')).toHaveCount(QUESTION.choices.length);
      await group.getByText('Show the answer').click();
      await expect(group.locator('details')).toContainText(`${RIGHT.text}: Right. ${RIGHT.why}`);
    });
  });
});

test.describe('the new lessons', () => {
  for (const [slug, title] of NEW_LESSONS) {
    test(`${title} renders with Check yourself and Key takeaways`, async ({ page }) => {
      await page.goto(`/lessons/${slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.getByRole('heading', { name: 'Check yourself' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Check yourself' }).getByRole('group')).toHaveCount(
        questionsFor(slug).length,
      );
      await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
    });
  }

  test('the follow-up ladder draws Priya’s dates as a timeline', async ({ page }) => {
    await page.goto('/lessons/follow-up-ladder/');
    const ladder = page.getByRole('list', { name: 'Priya’s follow-up, step by step' });
    await expect(ladder.getByRole('listitem')).toHaveCount(4);
    await expect(ladder.getByRole('listitem').last()).toContainText('About 6 weeks after the interview');
  });

  test('search finds a new lesson', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox').fill('relay');
    await expect(
      page.locator('#site-search-results a[href="/lessons/if-phoning-is-hard/"]').first(),
    ).toBeVisible();
  });
});
