/**
 * The voicemail shown in the practice timer before the user has written their own.
 * Every detail is made up, and the label says so, so nobody reads it out as theirs.
 */

const TEXT =
  'Hi Ms. Alvarez, this is Jordan Lee. I interviewed with you last Tuesday for the Office ' +
  'Coordinator position. Thanks again for your time. If any questions come up, please ' +
  'call me back at 312-555-0148. Have a great day!';

// The key facts (greeting, name, job, interview day) end with the job sentence.
const KEY_FACTS_END = 'Coordinator position.';

/** A sample voicemail with made-up details, and where its key facts end. */
export const SAMPLE_VOICEMAIL = {
  label: 'Sample voicemail (made-up details)',
  text: TEXT,
  keyFactsEndIndex: TEXT.indexOf(KEY_FACTS_END) + KEY_FACTS_END.length,
} as const;
