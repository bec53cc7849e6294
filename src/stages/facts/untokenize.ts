/**
 * A view of a sentence with corpus tokenisation undone around figures, so the fact finders read
 * "3 : 33 a . m ." as "3:33 a.m.", "2 , 000 feet" as "2,000 feet", "8 . 7 acres" as "8.7
 * acres", "86 - year - old" as "86-year-old" and "47 KO 's" as "47 KO's". Tokenised text is
 * common in research corpora (ECB+, Penn-style news) and in pipelines that re-join tokens.
 * A unit glued to its figure gets a space ("48km" → "48 km"). Offsets map back to the original
 * text, so every fact still points at the words as written.
 */

/** The joined text and, for each of its characters, the offset of that character in the original. */
export interface TextView {
  text: string;
  /** origin[i] = offset in the original text of view character i; origin[text.length] = original length. */
  origin: number[];
}

/** Units and words that a tokeniser splits off a figure with " - ": "9 - acre", "86 - year - old". */
const hyphenHeads = 'year|years|old|month|months|week|day|hour|minute|second|square|foot|feet|metre|meter|mile|acre|inch|kilometre|kilometer|km|century|decade|storey|story|yard|point|round|member|man|woman|seat|page|game|run|mark|rack|core|bedroom|room|car|vehicle|alarm|time';

/**
 * "86 - year - old", "9 - acre", "quarter - century", "mid - 1980s": hyphenated figures and units.
 * Only tried on a text with a spaced hyphen (see untokenize).
 */
const spacedHyphenJoin = new RegExp(`(?:\\d|\\b(?:${hyphenHeads}|quarter|half|mid|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred))( - )(?=\\d|(?:${hyphenHeads}|old|quarter|century)\\b)`, 'dgi');

/**
 * Spaces to drop, each as a regex whose group 1 is the space run to delete. Order matters only
 * for readability; every rule looks at the original text.
 */
const joins: RegExp[] = [
  // "2 , 000" (thousands), "6 . 1" (decimals), "3 : 33" (clock): separators inside a number,
  // not "53-3 , 47 KOs" (two figures).
  /\d( ?, ?)\d{3}(?!\d)/dg,
  /(?<!\d)\d{1,3}( ?\. ?)\d/dg,
  /\d( ?: ?)\d\d(?!\d)/dg,
  // "a . m .", "p . m", "a.m ." → "a.m."
  /\b[ap]( ?\. ?)m\b/dgi,
  /\b[ap] ?\. ?m( \.)/dgi,
  spacedHyphenJoin,
  // "KO 's", "did n't": clitics split off their word.
  /\w( )(?:'s|’s|n't|'re|'ve)\b/dg,
  // "$ 60 million", "£ 3": a currency sign split off its figure.
  /[$£€¥]( )\d/dg,
  // "1930 's" → "1930's" is covered above; "10 %" → "10%".
  /\d( )%/dg,
];

/** A unit glued to its figure ("48km", "600m", "193km/h"): a space is inserted before the unit so it reads as a word. Not after a currency sign: "$35m" is money. */
const glued = /(?<![$£€¥][\d.,]*)\d(?=(?:km|m|mi|ft|kg|cm|mm|kph|mph|lb|lbs)\b)/g;

/** Undo tokenisation around figures. Example: "at 3 : 33 a . m ." → view "at 3:33 a.m.", origin maps each char back. */
export function untokenize(text: string): TextView {
  const drop = new Uint8Array(text.length);
  for (const re of joins) {
    // The long case-insensitive hyphen rule costs milliseconds to compile and most texts have no
    // spaced hyphen at all.
    if (re === spacedHyphenJoin && !text.includes(' - ')) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const group = m[1]!;
      const at = m.indices![1]![0];
      for (let i = at; i < at + group.length; i++) if (text[i] === ' ') drop[i] = 1;
      // Step back so overlapping runs ("3 : 33 : 10", "a . m .") are all seen.
      re.lastIndex = at + group.length;
    }
  }
  const insertAfter = new Uint8Array(text.length);
  for (const m of text.matchAll(glued)) insertAfter[m.index] = 1;
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (drop[i]) continue;
    out += text[i];
    origin.push(i);
    // The inserted space stands for no character of the original: it maps to the next one.
    if (insertAfter[i]) {
      out += ' ';
      origin.push(i + 1);
    }
  }
  origin.push(text.length);
  return { text: out, origin };
}

/** Map a [start, end) range of the view back to the original text. */
export function toOriginal(view: TextView, start: number, end: number): { start: number; end: number } {
  const s = view.origin[start]!;
  const e = end > start ? view.origin[end - 1]! + 1 : s;
  return { start: s, end: e };
}
