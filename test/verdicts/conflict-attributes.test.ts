/**
 * Values written as attributes of a name (Occurrence.isAttribute): an apposition, a parenthesis,
 * an age just before the name. Two outlets giving one name two such values are linked whatever
 * the pair model says (CandidatePair.isSameAttribute).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readStory } from '../../src/pipeline.js';
import { collectOccurrences } from '../../src/stages/verdicts/conflict-occurrences.js';
import { findCandidatePairs } from '../../src/stages/verdicts/conflict-pairs.js';

function occurrencesOf(texts: Record<string, string>) {
  const state = readStory(Object.entries(texts).map(([id, text]) => ({ id, source: id, title: `Report ${id}`, text })));
  const occurrences = collectOccurrences(state.claims, state.entities);
  return { state, occurrences };
}

const attributes = (texts: Record<string, string>) =>
  occurrencesOf(texts).occurrences.map((o) => `${o.written.text}${o.isAttribute ? ` of ${o.anchor}` : ''}`);

test('attributes: apposition, parenthesis (with a second figure of the list) and an age before the name', () => {
  const found = attributes({
    a: 'Tomas Verhoeven, 32, fell about 300 metres on the glacier. In the final bout Ilya Marsh (41-2, 30 KOs) won in the fourth round.',
    b: 'Police named the man as 31-year-old engineer Tomas Verhoeven of Leeds.',
  });
  assert.ok(found.includes('32 of e:tomas-verhoeven'), found.join(' / '));
  assert.ok(found.includes('41-2 of e:ilya-marsh'), found.join(' / '));
  assert.ok(found.includes('30 KOs of e:ilya-marsh'), found.join(' / '));
  assert.ok(found.some((f) => /^31-year-old of e:tomas-verhoeven$/.test(f)), found.join(' / '));
  assert.ok(found.some((f) => /^about 300 metres$/.test(f)), `a distance in the same sentence is no attribute: ${found.join(' / ')}`);
});

test('attributes: a figure that merely follows a name is not one ("Verhoeven, 32 years after …" does not close the apposition)', () => {
  const found = attributes({ a: 'The college honoured Tomas Verhoeven, 32 years after his first climb on the glacier.' });
  assert.ok(!found.some((f) => / of /.test(f)), found.join(' / '));
});

test('attribute pairs: one name with two ages across outlets is linked; two names in one list are not paired', () => {
  const { state, occurrences } = occurrencesOf({
    a: 'Tomas Verhoeven, 32, was an experienced guide. The gunman wounded Paul Okafor, 47, and Alan Brisk, 48.',
    b: 'Police named the man as 31-year-old Tomas Verhoeven of Leeds. Alan Brisk, 48, and Paul Okafor, 47, were taken to hospital.',
  });
  const pairs = findCandidatePairs(state, occurrences).filter((p) => !p.isEqual);
  const linked = pairs.filter((p) => p.isSameAttribute).map((p) => `${occurrences[p.a]!.written.text} | ${occurrences[p.b]!.written.text}`);
  assert.deepEqual(linked, ['32 | 31-year-old']);
});

test('occurrences: no date is read inside a tokenised web address with a hyphenated host', () => {
  const { occurrences } = occurrencesOf({
    a: 'Read the notice at http : / / www . ens - newswire . com / ens / apr2026 / 2026 - 04 - 28 - 091 . asp about the rule change issued in 2026 .',
  });
  assert.ok(!occurrences.some((o) => /04/.test(o.written.text)), occurrences.map((o) => o.written.text).join(' / '));
});

test('once-only events: two dates of one founding or one birth of a named participant are linked; a finding is no founding', () => {
  const linked = (texts: Record<string, string>) => {
    const { state, occurrences } = occurrencesOf(texts);
    return findCandidatePairs(state, occurrences)
      .filter((p) => !p.isEqual && p.isSharedStatement)
      .map((p) => `${occurrences[p.a]!.written.text} | ${occurrences[p.b]!.written.text}`);
  };
  assert.deepEqual(linked({
    a: 'The syndicate was founded in the 1930s by the smuggler Aldo Brennan, who was later deported.',
    b: 'He drifted into the crime family founded in 1934 by the notorious smuggler Aldo Brennan.',
  }), ["1930s | 1934"]);
  assert.deepEqual(linked({
    a: 'Pia Morland was born in 1951 in a village near Lund, the museum said.',
    b: 'Pia Morland, who was born in 1952, spent her life painting the coast near Lund.',
  }), ['1951 | 1952']);
  assert.deepEqual(linked({
    a: 'The body of a hiker was found on March 3 near the Kessel ridge.',
    b: 'Volunteers from three villages found a tent and a stove on March 5 in deep snow beside the Kessel path.',
  }), []);
});

test('sub-measures: a part of a count is never paired with the whole ("20 additional monthly payments" / "24 monthly payments")', () => {
  const { state, occurrences } = occurrencesOf({
    a: 'Shoppers can buy the Lumo Q20 in June for $99 down with 24 equal monthly payments of $20.',
    b: 'Consumers can get the Lumo Q20 in June for $99 down with 20 additional monthly payments of $20.',
    c: 'The Lumo Q20 sells for $99 down with 22 monthly payments of $20.',
  });
  const pairs = findCandidatePairs(state, occurrences)
    .filter((p) => !p.isEqual)
    .map((p) => `${occurrences[p.a]!.written.text} | ${occurrences[p.b]!.written.text}`)
    .filter((p) => /payments/.test(p));
  assert.deepEqual(pairs, ['24 equal monthly payments | 22 monthly payments']);
});

test('anchors: who gave or did it, named after the figure with "by" or "from", is not what the figure is said of', () => {
  const { occurrences } = occurrencesOf({
    a: 'The startup Brightline Systems was founded in 2007 and is backed with $60 million in funding by Norcross Ventures, Halden Capital and others.',
  });
  const funding = occurrences.find((o) => o.written.text === '$60 million');
  assert.ok(funding, occurrences.map((o) => o.written.text).join(' / '));
  assert.equal(funding.anchor, 'e:brightline-systems');
});

test('anchors: an acronym and the name it stands for are one body ("IBF", "International Boxing Federation")', async () => {
  const { isAcronymOf } = await import('../../src/stages/verdicts/conflict-pairs.js');
  assert.ok(isAcronymOf('e:ibf', 'e:international-boxing-federation'));
  assert.ok(isAcronymOf('e:noaa', 'e:national-oceanic-and-atmospheric-administration'));
  assert.ok(!isAcronymOf('e:ibf', 'e:world-boxing-council'));
  assert.ok(!isAcronymOf('e:i', 'e:intel'));
});
