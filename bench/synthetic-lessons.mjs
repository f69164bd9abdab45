/**
 * Synthetic lessons for the build-scaling bench: valid frontmatter (title, description as
 * one sentence under 160 characters, order) and about 500 words of varied prose under
 * `##` headings, ending with a `## Key takeaways` list, as a real lesson does. Seeded, so
 * every run builds the same text.
 */

/** A small seeded random number generator (mulberry32). */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'a panel interview',
  'a phone screen',
  'a second round',
  'a group interview',
  'a video interview',
  'a trial shift',
  'a recruiter call',
  'a case study',
  'an informal chat',
  'a final interview',
];
const SUBJECTS = [
  'Your call',
  'A short message',
  'The hiring manager',
  'A friendly reminder',
  'Your script',
  'The first ten seconds',
  'A clear voicemail',
  'Your follow-up',
  'The recruiter',
  'A calm voice',
  'Your page of notes',
  'A thank-you line',
  'The interviewer',
  'Your phone number',
  'A polite question',
];
const VERBS = [
  'shows',
  'reminds them of',
  'makes room for',
  'keeps attention on',
  'sets up',
  'builds on',
  'gives weight to',
  'clears the way for',
  'opens the door to',
  'leaves space for',
  'points back to',
  'supports',
];
const OBJECTS = [
  'the job you applied for',
  'the day you met',
  'your interest in the team',
  'a quick answer',
  'the next step',
  'what you talked about',
  'your strongest example',
  'a good impression',
  'the timeline they gave',
  'a warm close',
  'their busy week',
  'the skills they need',
  'an easy reply',
  'the role and the company',
];
const ENDINGS = [
  'without sounding pushy',
  'in under a minute',
  'before they forget your name',
  'so they can call back',
  'while the interview is still fresh',
  'even on a bad line',
  'with a steady pace',
  'in plain words',
  'when the week gets busy',
  'and then you let it rest',
  'on the second try',
  'in a friendly tone',
];
const HEADINGS = [
  'Why timing matters',
  'Plan what you will say',
  'Open with your name',
  'Keep it short',
  'Handle a voicemail',
  'When they pick up',
  'If nobody answers',
  'Sound like yourself',
  'Close on a warm note',
  'Write it down first',
  'Practise out loud',
  'Know when to stop',
];

/** Build one lesson: its file name stem, and the MDX text. */
export function syntheticLesson(index) {
  const random = seeded(index * 7919 + 17);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(ENDINGS)}.`;
  const paragraph = (count) => Array.from({ length: count }, sentence).join(' ');
  const topic = pick(TOPICS);
  const title = `Lesson ${index}: following up after ${topic}`.slice(0, 60);
  const description = `How to follow up by phone after ${topic}, with ${pick(OBJECTS)} and ${pick(OBJECTS)} in mind.`;

  const parts = [paragraph(4)];
  const headings = [...HEADINGS].sort(() => random() - 0.5).slice(0, 4);
  for (const heading of headings) {
    parts.push(`## ${heading}`, paragraph(4), paragraph(3));
  }
  parts.push('## Key takeaways', Array.from({ length: 4 }, () => `- ${sentence()}`).join('\n'));
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `order: ${index}`,
    'part: 2',
    '---',
  ];
  return `${frontmatter.join('\n')}\n\n${parts.join('\n\n')}\n`;
}

/** How many words a lesson's body has (the frontmatter left out), to check the generator. */
export function countWords(mdx) {
  return mdx
    .replace(/^---[\s\S]*?---/, '')
    .split(/\s+/)
    .filter((word) => /\w/.test(word)).length;
}
