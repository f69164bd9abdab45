/** The element ids the tracker moves focus to: unique on the page. */

/** The heading of the list of interviews. */
export const LIST_HEADING_ID = 'fu-list-title';
/** The heading of the "Add an interview" form. */
export const ADD_HEADING_ID = 'fu-add-title';
/** The button that opens the "Add an interview" form. */
export const ADD_TOGGLE_ID = 'fu-add-toggle';

/** The id of a card's heading, where focus lands after adding, editing or activating it. */
export function headingIdOf(id: string): string {
  return `fu-${id}-title`;
}
