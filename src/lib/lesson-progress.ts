/** What the course's progress means for a reader: counts, wording and where to go next. */

/** The first lesson (in course order) not yet marked done, or `null` when all are. */
export function firstUnfinishedLesson(
  slugsInOrder: readonly string[],
  done: readonly string[],
): string | null {
  const finished = new Set(done);
  return slugsInOrder.find((slug) => !finished.has(slug)) ?? null;
}

/** How many of the course's lessons are done, ignoring slugs no longer in the course. */
export function countDone(slugsInOrder: readonly string[], done: readonly string[]): number {
  const finished = new Set(done);
  return slugsInOrder.filter((slug) => finished.has(slug)).length;
}

/** "2 of 6 lessons done". */
export function describeProgress(doneCount: number, total: number): string {
  return `${doneCount} of ${total} ${total === 1 ? 'lesson' : 'lessons'} done`;
}

/** The label of the home page's main button for a given amount of progress. */
export function startButtonLabel(doneCount: number, total: number): string {
  if (doneCount === 0) return 'Start the course';
  if (doneCount >= total) return 'Review the course';
  return 'Continue the course';
}

/** How many of the questions (key → right answer) have their right answer saved. */
export function countRightAnswers(
  answerKey: readonly (readonly [string, string])[],
  answers: Readonly<Record<string, string>>,
): number {
  return answerKey.filter(([question, right]) => answers[question] === right).length;
}

/** "3 of 28 questions answered right". */
export function describeAnswers(rightCount: number, total: number): string {
  return `${rightCount} of ${total} ${total === 1 ? 'question' : 'questions'} answered right`;
}
