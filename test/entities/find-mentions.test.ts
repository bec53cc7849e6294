import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMentions } from '../../src/stages/entities/find-mentions.js';
import type { Mention } from '../../src/model/mention.js';
import { makeSentences } from './make-sentences.js';

interface Expect {
  text: string;
  type?: Mention['type'];
  role?: string;
}

// [text, mentions that must be found (with type and role when given), texts that must not be mentions]
const cases: [string, Expect[], string[]][] = [
  // Title and role patterns: the role is kept apart from the name.
  ['Secretary of State Marta Okafor landed in Lagos.', [{ text: 'Marta Okafor', type: 'person', role: 'Secretary of State' }, { text: 'Lagos', type: 'place' }], ['State Marta Okafor', 'Secretary']],
  ['The visit by US Secretary of State Daniel Ferro ended early.', [{ text: 'Daniel Ferro', type: 'person', role: 'US Secretary of State' }], ['US Secretary', 'State Daniel']],
  ['He met Foreign Minister Arturo Vidal in the morning.', [{ text: 'Arturo Vidal', type: 'person', role: 'Foreign Minister' }], ['Foreign Minister Arturo Vidal']],
  ['State Councilor and Foreign Minister Liu Bao greeted the delegation.', [{ text: 'Liu Bao', type: 'person', role: 'State Councilor and Foreign Minister' }], ['State Councilor']],
  ['Talks with Chinese President Zhou Weimin lasted an hour.', [{ text: 'Zhou Weimin', type: 'person', role: 'Chinese President' }], ['Chinese', 'Chinese President']],
  ['Officials said CIA chief Harold Brandt flew to Cairo in May.', [{ text: 'Harold Brandt', type: 'person', role: 'CIA chief' }, { text: 'CIA', type: 'organization' }, { text: 'Cairo', type: 'place' }], ['May']],
  ['She was met by Nora Kessler, the US Ambassador to Brazil, at the airport.', [{ text: 'Nora Kessler', type: 'person', role: 'US Ambassador to Brazil' }], []],
  // A title led by lower-case words of its field; a clause after a name is no role.
  ['"It spreads fast," said Ivo Brandt, security research and communications manager for Kestrel.', [{ text: 'Ivo Brandt', type: 'person', role: 'security research and communications manager for Kestrel' }], []],
  ['The inquiry is led by Lena Ostrova, an inspector with the State Fire Office, and the police.', [{ text: 'Lena Ostrova', type: 'person', role: 'inspector with the State Fire Office' }], []],
  ['The ministry sent Tan Ruo, China’s top foreign affairs official, to the talks.', [{ text: 'Tan Ruo', type: 'person', role: 'China’s top foreign affairs official' }], []],
  ['The talks were useful, said Peter Hale, spokesman for the State Department.', [{ text: 'Peter Hale', type: 'person', role: 'spokesman for the State Department' }, { text: 'State Department', type: 'organization' }], []],
  ['He will see Director of the Office of the National Water Commission (NWC) Lin Dao tomorrow.', [{ text: 'Lin Dao', type: 'person', role: 'Director of the Office of the National Water Commission (NWC)' }], ['Water Commission Lin Dao']],
  ['Governor Amy Castro declared an emergency across Kern County.', [{ text: 'Amy Castro', type: 'person', role: 'Governor' }, { text: 'Kern County', type: 'place' }], []],
  ['Police Chief Ray Dunn said the suspect fled.', [{ text: 'Ray Dunn', type: 'person', role: 'Police Chief' }], ['Police Chief Ray Dunn']],
  ['The mayor’s adviser, Tom Reyes, declined to comment.', [{ text: 'Tom Reyes', type: 'person' }], []],
  ['Prime Minister Olav Brandvik’s cabinet resigned.', [{ text: 'Olav Brandvik', type: 'person', role: 'Prime Minister' }], ['Olav Brandvik’s']],
  ['The rescue was led by Minister for Emergency Affairs Pia Lund.', [{ text: 'Pia Lund', type: 'person', role: 'Minister for Emergency Affairs' }], ['Emergency Affairs Pia Lund']],
  // Honorifics.
  ['Mr. Okafor and Dr. Sato arrived late.', [{ text: 'Okafor', type: 'person' }, { text: 'Sato', type: 'person' }], ['Mr. Okafor', 'Mr', 'Dr']],
  ['“Thank you, Mr. Secretary,” she said.', [], ['Secretary', 'Mr. Secretary']],
  // Organisations.
  ['According to the Chinese Foreign Ministry, the visit went well.', [{ text: 'Chinese Foreign Ministry', type: 'organization' }], ['According']],
  ['The strike was called by the National Union of Mineworkers on Friday.', [{ text: 'National Union of Mineworkers', type: 'organization' }], ['Friday']],
  ['Ms. Vega told National Public Radio that the plan had failed.', [{ text: 'National Public Radio', type: 'organization' }, { text: 'Vega', type: 'person' }], []],
  ['Officials from the Communist Party of China attended.', [{ text: 'Communist Party of China', type: 'organization' }], []],
  ['Critics say the Ramos administration ignored the warnings.', [{ text: 'Ramos administration', type: 'organization' }], ['Ramos']],
  ['State broadcaster KTV said the dam had held.', [{ text: 'KTV', type: 'organization' }], []],
  // Places.
  ['Ships crossed the Taiwan Strait near the Matsu Islands.', [{ text: 'Taiwan Strait', type: 'place' }, { text: 'Matsu Islands', type: 'place' }], []],
  ['The quake struck Hualien County and was felt in Taipei.', [{ text: 'Hualien County', type: 'place' }, { text: 'Taipei', type: 'place' }], []],
  ['Aid arrived in Dolvara on Sunday.', [{ text: 'Dolvara', type: 'place' }], ['Sunday']],
  ['Relations between China-U.S. officials and anti-Russia groups were tense.', [{ text: 'China', type: 'place' }, { text: 'U.S.', type: 'place' }, { text: 'Russia', type: 'place' }], ['China-U']],
  // Non-names.
  ['Meanwhile, prices rose in March.', [], ['Meanwhile', 'March']],
  ['Before the vote, American and Chinese officials met.', [], ['Before', 'American', 'Chinese']],
  ['Tensions have soared in recent years.', [], ['Tensions']],
  ['EMPHASIS ON THE WATER SUPPLY', [], ['EMPHASIS', 'WATER SUPPLY', 'EMPHASIS ON THE WATER SUPPLY']],
  ['The Secretary said the plan would work.', [], ['Secretary', 'The Secretary']],
  ['Several Republican lawmakers objected on Tuesday.', [], ['Several', 'Republican', 'Tuesday']],
  ['The Arleigh Burke-class destroyer sailed on.', [], ['Arleigh', 'Arleigh Burke-class']],
  ['Some 42 NGOs signed the letter.', [], ['NGOs']],
  // Names with particles, hyphens, initials, possessives.
  ['Ursula von der Leyen spoke after Bashar al-Assad’s speech.', [{ text: 'Ursula von der Leyen', type: 'person' }, { text: 'Bashar al-Assad', type: 'person' }], []],
  ['George W. Bush praised Jean-Claude Marchetti.', [{ text: 'George W. Bush', type: 'person' }, { text: 'Jean-Claude Marchetti' }], []],
  ['Helena Ortiz’s lawyer spoke first.', [{ text: 'Helena Ortiz', type: 'person' }], ['Helena Ortiz’s']],
  ['The ship USS Carver docked.', [{ text: 'USS Carver', type: 'other' }], []],
];

function run(text: string): Mention[] {
  return findMentions(makeSentences('a', text));
}

test(`findMentions: ${cases.length} sentences`, () => {
  const wrong: string[] = [];
  for (const [text, expected, forbidden] of cases) {
    const mentions = run(text);
    const shown = mentions.map((m) => `${m.text}/${m.type}${m.role ? `[${m.role}]` : ''}`).join(', ');
    for (const e of expected) {
      const m = mentions.find((x) => x.text === e.text);
      if (!m) wrong.push(`${text}: missing "${e.text}" (found: ${shown})`);
      else {
        if (e.type && m.type !== e.type) wrong.push(`${text}: "${e.text}" typed ${m.type}, want ${e.type}`);
        if (e.role !== undefined && m.role !== e.role) wrong.push(`${text}: "${e.text}" role ${JSON.stringify(m.role)}, want ${JSON.stringify(e.role)}`);
      }
    }
    for (const f of forbidden) if (mentions.some((m) => m.text === f)) wrong.push(`${text}: "${f}" must not be a mention (found: ${shown})`);
  }
  assert.deepEqual(wrong, []);
});

test('findMentions: offsets point into the article text', () => {
  const article = 'Storms hit the coast.\nGovernor Amy Castro visited Kern County on Monday. Castro said help was coming.';
  const sentences = makeSentences('x', article);
  const mentions = findMentions(sentences);
  assert.ok(mentions.length >= 3);
  for (const m of mentions) {
    assert.equal(article.slice(m.start, m.end), m.text);
    assert.equal(m.article, 'x');
    assert.ok(sentences.some((s) => s.id === m.sentence && s.start <= m.start && m.end <= s.end));
  }
});

test('findMentions: a sentence-initial word counts as a name only when the story capitalises it elsewhere', () => {
  const text = 'Delgado said the bridge was safe. Engineers disagreed with Delgado. Engineers said it was not.';
  const found = findMentions(makeSentences('a', text)).map((m) => m.text);
  assert.deepEqual(found, ['Delgado', 'Delgado']);
});

test('findMentions: deterministic and sorted by position', () => {
  const text = 'Foreign Minister Liu Bao met Secretary of State Marta Okafor in Geneva. Liu said talks went well.';
  const a = findMentions(makeSentences('a', text));
  const b = findMentions(makeSentences('a', text));
  assert.deepEqual(a, b);
  for (let i = 1; i < a.length; i++) assert.ok(a[i - 1].start <= a[i].start);
});
