/**
 * The topic line of a conflict as a person would write it: a question naming the measure, the
 * words that say what was measured, and whom it is about.
 *
 *   dead count                 → "How many people were killed"
 *   length, words "fell"       → "How far — fell (Robert Buckley)"
 *   clock time, "fire reported"→ "What time — fire reported"
 *   count of "ladder trucks"   → "How many ladder trucks"
 *   ordinal "sixth defense"    → "Which defense"
 */
import type { Claim } from '../../model/claim.js';
import { stemWord } from '../claims/tokenize.js';
import { weakSlotWords, type Occurrence } from './conflict-occurrences.js';
import { compareText } from '../../compare-text.js';

const tollQuestions: Record<string, string> = {
  dead: 'How many people were killed',
  injured: 'How many people were injured',
  missing: 'How many people are missing',
  arrested: 'How many people were arrested',
  evacuated: 'How many people were evacuated',
  displaced: 'How many people were displaced',
  rescued: 'How many people were rescued',
};

const dimensionQuestions: Record<string, string> = {
  length: 'How far or how long',
  area: 'How large an area',
  mass: 'How heavy',
  speed: 'How fast',
  magnitude: 'Magnitude',
  degree: 'How many degrees',
};

const kindQuestions: Record<string, string> = {
  duration: 'How long',
  date: 'When',
  time: 'What time',
  money: 'How much money',
  percent: 'What share',
  ordinal: 'Which one',
};

/** English plural of a counted noun: "truck" → "trucks", "city" → "cities". */
function plural(noun: string): string {
  if (/(?:s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** The question a value answers, from its kind and unit. */
function questionOf(o: Occurrence): string {
  const { kind, unit } = o.fact;
  if (kind === 'quantity') {
    if (tollQuestions[unit] && o.slot.has(`#${unit}`)) return tollQuestions[unit]!;
    if (dimensionQuestions[unit]) return dimensionQuestions[unit]!;
    if (unit === 'record') return 'Win-loss record';
    return `How many ${plural(o.written.unit)}`;
  }
  if (kind === 'duration' && /year[\s-]*old|^\d{1,3}$/i.test(o.written.text)) return 'Age';
  // "Which defense" reads better than "Which one" when the unit names the thing counted.
  if (kind === 'ordinal' && /^[a-z]{3,}$/.test(unit) && unit !== 'time') return `Which ${unit}`;
  return kindQuestions[kind] ?? 'What value';
}

/** The words of a sentence whose stems are in `stems`, in text order, as written (lower-cased). */
function surfaceWords(claim: Claim, stems: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of claim.sentence.text.matchAll(/\p{Ll}[\p{L}'’-]*/gu)) {
    const w = m[0].toLowerCase();
    if (stems.has(stemWord(w)) && !out.includes(w)) out.push(w);
  }
  return out;
}

/** Longest phrase the topic quotes from a sentence, in words. */
const maxPhraseWords = 6;

/**
 * The sentence's own words around the slot words, when they sit close together and away from
 * the value: "the fire broke out in the roof at 8.49pm" gives "broke out in the roof" where the
 * slot words alone read "broke out roof". Null when the slot words are far apart or the phrase
 * would carry a figure or a clause break.
 */
function phraseOf(claim: Claim, stems: ReadonlySet<string>, value: Occurrence): string | null {
  const text = claim.sentence.text;
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:()“”"]/gu)];
  const hits = words.map((m, i) => (/^\p{Ll}/u.test(m[0]) && stems.has(stemWord(m[0].toLowerCase())) ? i : -1)).filter((i) => i >= 0);
  if (hits.length < 2) return null;
  const [from, to] = [hits[0]!, hits[hits.length - 1]!];
  if (to - from + 1 > maxPhraseWords) return null;
  const span = words.slice(from, to + 1);
  const valueStart = value.written.start - claim.sentence.start;
  const valueEnd = value.written.end - claim.sentence.start;
  if (span.some((m) => /^[,;:()“”"]$|\d/.test(m[0]) || (m.index! < valueEnd && m.index! + m[0].length > valueStart))) return null;
  return span.map((m) => m[0].toLowerCase()).join(' ');
}

/** The topic line (see the file header). `names` maps entity ids to display names. */
export function topicOf(claims: Claim[], members: Occurrence[], names: ReadonlyMap<string, string>): string {
  const first = members[0]!;
  const question = questionOf(first);
  // Slot stems shared by at least two members (or all of them when only one member has any).
  const counts = new Map<string, number>();
  for (const m of members) for (const w of m.slot) if (!w.startsWith('~') && !w.startsWith('#') && !weakSlotWords.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const common = [...counts].filter(([, c]) => c >= 2 || counts.size <= 2).sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, 3).map(([w]) => w);
  const isToll = first.fact.kind === 'quantity' && tollQuestions[first.fact.unit] && first.slot.has(`#${first.fact.unit}`);
  // Values written as attributes of one name ("Klitschko (52-3, 46 KOs)") are about that name,
  // not about the sentence's most frequent one ("… flooring Rahman"), nor about its other words.
  const attributeOf = members.every((m) => m.isAttribute && m.anchor === first.anchor) ? first.anchor : null;
  let words: string[] = [];
  if (!isToll && !attributeOf && common.length) {
    const best = members.find((m) => common.every((w) => m.slot.has(w))) ?? first;
    const phrase = phraseOf(claims[best.claim]!, new Set(common), best);
    words = phrase ? [phrase] : surfaceWords(claims[best.claim]!, new Set(common)).slice(0, 3);
  }
  const entityCounts = new Map<string, number>();
  for (const m of members) for (const e of m.entities) entityCounts.set(e, (entityCounts.get(e) ?? 0) + 1);
  const anchor = attributeOf ?? [...entityCounts].filter(([, c]) => c >= 2).sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
  const anchorName = anchor ? names.get(anchor) : undefined;
  return `${question}${words.length ? ` — ${words.join(' ')}` : ''}${anchorName ? ` (${anchorName})` : ''}`;
}
