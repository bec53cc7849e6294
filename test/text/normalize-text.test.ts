import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText, encodingRepairs } from '../../src/stages/text/index.js';

/** Encode `s` as UTF-8 and decode the bytes as Windows-1252: how mojibake is made. */
function garble(s: string): string {
  const table = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
  return [...Buffer.from(s, 'utf8')].map((b) => (b >= 0x80 && b < 0xa0 ? table[b - 0x80] : String.fromCharCode(b))).join('');
}

test('normalizeText: strips a BOM and reports it', () => {
  assert.deepEqual(normalizeText('\uFEFFThe port reopened.'), { text: 'The port reopened.', repairs: ['bom'] });
});

test('normalizeText: NBSP and other Unicode spaces become spaces', () => {
  const { text, repairs } = normalizeText('10\u00A0km north\u2009of\u202Fthe\u3000city');
  assert.equal(text, '10 km north of the city');
  assert.deepEqual(repairs, ['unicode-spaces']);
});

test('normalizeText: CRLF and CR become LF', () => {
  assert.deepEqual(normalizeText('one\r\ntwo\rthree\u2028four'), { text: 'one\ntwo\nthree\nfour', repairs: ['line-endings'] });
});

test('normalizeText: zero-width characters are removed, joiners kept inside non-Latin words', () => {
  assert.equal(normalizeText('Kath\u200Bmandu\u2060 talks\u00AD').text, 'Kathmandu talks');
  assert.equal(normalizeText('Bei\u200Djing').text, 'Beijing');
  const persian = 'می\u200Cخواهم';
  assert.equal(normalizeText(persian).text, persian);
});

test('normalizeText: NFC composes decomposed accents', () => {
  assert.deepEqual(normalizeText('Jose\u0301 said'), { text: 'José said', repairs: ['nfc'] });
});

test('normalizeText: mojibake is repaired where certain', () => {
  for (const clean of ['The mayor’s office', '“Open,” she said', 'café au lait', 'Zürich – Genève', 'Łódź and Košice', '€5 million', 'Москва', '東京']) {
    const { text, repairs } = normalizeText(garble(clean));
    assert.equal(text, clean, `repairing ${garble(clean)}`);
    assert.deepEqual(repairs, ['mojibake']);
  }
  assert.equal(normalizeText('itâ€™s').text, 'it’s');
  assert.equal(normalizeText('Ã©tÃ©').text, 'été');
});

test('normalizeText: doubly encoded mojibake is repaired', () => {
  assert.equal(normalizeText(garble(garble('the minister’s visit'))).text, 'the minister’s visit');
});

test('normalizeText: mixed text repairs only the garbled part', () => {
  const { text } = normalizeText(`Straße and ${garble('Straße')}`);
  assert.equal(text, 'Straße and Straße');
});

test('normalizeText: ambiguous or genuine text is left untouched', () => {
  for (const genuine of ['“OLÉ”', 'PERCHÈ…', 'naïve café', '“Quoted” — dash', 'Ça va?', 'Â is a letter', 'ÉTÉ»', 'Tōkyō']) {
    assert.deepEqual(normalizeText(genuine), { text: genuine, repairs: [] }, genuine);
  }
});

test('normalizeText: smart quotes are kept as they are', () => {
  assert.equal(normalizeText('‘Yes,’ he said, “no.”').text, '‘Yes,’ he said, “no.”');
});

test('normalizeText: stray control characters are removed and reported as an encoding problem', () => {
  const { text, repairs } = normalizeText('Vote\u0007 count\u0000 done\u0093');
  assert.equal(text, 'Vote count done');
  assert.deepEqual(repairs, ['control-chars']);
  assert.ok(encodingRepairs.includes('control-chars') && encodingRepairs.includes('mojibake') && encodingRepairs.includes('bom'));
});

test('normalizeText: clean text is returned unchanged with no repairs', () => {
  const clean = 'Plain text.\nSecond line with “quotes” and — dashes.';
  assert.deepEqual(normalizeText(clean), { text: clean, repairs: [] });
});
