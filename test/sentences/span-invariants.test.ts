import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText, cleanText } from '../../src/stages/text/index.js';
import { splitSentences, dropRepeatedSentences } from '../../src/stages/sentences/index.js';

/** Tokens that exercise every rule: abbreviations, initials, quotes, brackets, bullets, junk, captions. */
const tokens = [
  'The', 'council', 'met', 'U.S.', 'Sen.', 'Dr.', 'J.', 'Dec.', '14', '5.9', 'a.m.', 'p.m.', 'No.', '3', 'Inc.', '(D-Ore.)',
  'said.', 'asked?', 'wow!', '“Why?”', '“We', 'won,”', 'he', 'said', '(two', 'absent.)', '…', '...', 'iPhone', 'she',
  '\n', '\n', '\n\n', '\n• ', '\n  ', 'Oops!', 'Advertisement', 'Pictured:', 'EMPHASIS', 'ON', 'TAIWAN', 'Label:',
  'on', 'Sunday', 'April', '10', 'in', 'Beijing', 'meets', '"', '”', '“', ')', '(', '.', '?', '  ', '\u00A0', 'Ã©', '\r\n',
];

/** A deterministic pseudo-random article (linear congruential generator, fixed seed). */
function makeArticle(seed: number, length: number): string {
  let state = seed;
  const next = (): number => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(tokens[next() % tokens.length]);
  return words.join(' ');
}

test('span invariants hold on 300 generated articles', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const raw = makeArticle(seed, 20 + (seed % 200));
    const { text } = normalizeText(raw);
    const cleaned = cleanText('g', text, { title: seed % 7 === 0 ? 'The council met' : undefined });
    for (const d of cleaned.dropped) assert.equal(text.slice(d.start, d.start! + d.text.length), d.text, `seed ${seed}`);
    for (const h of cleaned.headings) assert.equal(cleaned.text.slice(h.start, h.end), h.text, `seed ${seed}`);
    const sentences = splitSentences('g', cleaned.text, cleaned.headings);
    let last = -1;
    sentences.forEach((s, i) => {
      assert.equal(s.text, cleaned.text.slice(s.start, s.end), `seed ${seed}`);
      assert.equal(s.text, s.text.trim());
      assert.ok(s.text.length > 0 && !s.text.includes('\n'), `seed ${seed}: ${JSON.stringify(s.text)}`);
      assert.ok(s.start > last, `seed ${seed}: overlapping spans`);
      assert.equal(s.index, i);
      assert.equal(s.id, `g#${i}`);
      last = s.end - 1;
    });
    const { kept, dropped } = dropRepeatedSentences(sentences);
    assert.equal(kept.length + dropped.length, sentences.length);
    kept.forEach((s, i) => assert.equal(s.id, `g#${i}`));
  }
});
