/**
 * "Check yourself": the scenario questions at the end of each lesson. Each has three or
 * four choices, exactly one right, and every choice says why it is right or not, so the
 * reader learns from a wrong pick as well as a right one.
 */

/** One answer to pick, with the reason it is right or not (one or two sentences). */
export interface Choice {
  id: string;
  text: string;
  why: string;
}

/** A scenario question; `right` is the id of the right choice. */
export interface Question {
  id: string;
  prompt: string;
  choices: Choice[];
  right: string;
}

/** The key progress stores an answer under: `lesson-slug/question-id`. */
export function questionKey(slug: string, question: Question): string {
  return `${slug}/${question.id}`;
}

/** Whether `choice` is right, then why: "Right. …" or "Not quite. …". */
export function explanationFor(question: Question, choice: Choice): string {
  return `${choice.id === question.right ? 'Right.' : 'Not quite.'} ${choice.why}`;
}

/** What the reader hears and sees after picking `choice`: a wrong pick invites another try. */
export function feedbackFor(question: Question, choice: Choice): string {
  const explanation = explanationFor(question, choice);
  return choice.id === question.right ? explanation : `${explanation} Try another answer.`;
}
