/**
 * Where a transfer was headed, told differently by different outlets: "during his transport from
 * Huntsville, Texas, to Stiles, Texas" against "being transported to a prison in Beaumont from
 * Huntsville". The people moved are rarely named in the sentence ("he", "the inmate"), so the row
 * is keyed by the verb (a transfer, a transport, "en route") and the place the move started from:
 * two outlets moving someone from one place to two places disagree. A destination written inside
 * the other's phrase ("to the Stiles Unit in Beaumont" holds "Stiles") is a precision row; an
 * article that sends people from one place to two places (a list of moves) makes no row.
 */
import type { Conflict } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { compareText } from '../../compare-text.js';
import { insideQuote } from './conflict-occurrences.js';
import { comparePlaces, placeKey, readPlace, type PlacePhrase } from './place-phrase.js';
import { buildAttributeRow, type AttributeFamily, type AttributeReading, type AttributeRelation } from './person-attribute-row.js';

/** Words that make a "from … to …" a move of people or goods, not a span ("from Monday to Friday"). */
const moveWords = /\b(?:transfer(?:red|ring|s)?|transport(?:ed|ing|s)?|en route|relocat(?:ed|ing)|airlifted|flown|extradited)\b/i;
/** Where one end of a move stops: the other end, a clause word, a stop. */
const endOfEnd = /\s(?:from|to|when|after|before|while|on|at|and|where|but)\s|[;:.!?]\s|[;:!?]$|\.$/;

/** A destination with the capitalised words around it ("Stiles Unit in Beaumont" → stiles, unit, beaumont). */
interface Destination {
  place: PlacePhrase;
  phraseWords: Set<string>;
}

/**
 * The place one end of a move names ("the Estelle Unit in Huntsville, Texas" → Huntsville; "a
 * prison in Beaumont" → Beaumont; "Stiles, Texas" → Stiles), with the capitalised words of the
 * whole end.
 */
function readEnd(text: string, from: number): Destination | null {
  const rest = text.slice(from);
  const stop = endOfEnd.exec(rest);
  const segment = rest.slice(0, stop ? stop.index + 1 : Math.min(rest.length, 80));
  const inner = /\bin\s+(?=[A-Z]|the\s+[A-Z])/.exec(segment);
  const lead = inner ? inner.index + inner[0].length : (/^\s*(?:the|a|an|one)?\s*/.exec(segment)?.[0].length ?? 0);
  const place = readPlace(text, from + lead);
  if (!place) return null;
  if (!inner && /^\s*(?:a|an|one)\s/.test(segment)) return null;
  const phraseWords = new Set((segment.match(/\b[A-Z][\p{L}'’-]*/gu) ?? []).map((w) => w.toLowerCase()));
  return { place, phraseWords };
}

/** One move read from a sentence: where it started and where it went. */
function readMove(sentence: Sentence): { origin: PlacePhrase; destination: Destination } | null {
  const text = sentence.text;
  const trigger = moveWords.exec(text);
  if (!trigger || insideQuote(text, trigger.index)) return null;
  // The move's ends follow its word: "transported to a prison in Beaumont from Huntsville",
  // "during his transport from Huntsville, Texas, to Stiles, Texas".
  const after = (re: RegExp) => [...text.matchAll(re)].filter((m) => m.index! > trigger.index && m.index! < trigger.index + 160);
  const froms = after(/\bfrom\s+/g);
  // One move a sentence: a second "from" may be a second move ("from A to B and from C to D").
  if (froms.length !== 1) return null;
  const origin = readEnd(text, froms[0]!.index! + froms[0]![0].length);
  // The first "to" that names a place ("tried to move him … to the Stiles Unit" skips "to move").
  const destination = after(/\bto\s+/g)
    .map((m) => readEnd(text, m.index! + m[0].length))
    .find((d): d is Destination => d !== null);
  if (!origin || !destination || comparePlaces(origin.place, destination.place) === 'same') return null;
  return { origin: origin.place, destination };
}

/** Two destinations: one place, one written inside the other's phrase (precision), or two places. */
function compareDestinations(a: Destination, b: Destination): AttributeRelation {
  const relation = comparePlaces(a.place, b.place);
  if (relation !== 'differ') return relation;
  const holds = (x: Destination, y: Destination) => y.place.words.every((w) => x.phraseWords.has(w));
  return holds(a, b) || holds(b, a) ? 'inside' : 'differ';
}

/** Find moves from one place told as headed to different places by different outlets. */
export function findTransferConflicts(sentences: Map<string, Sentence>): Conflict[] {
  const byOrigin = new Map<string, { origin: PlacePhrase; readings: AttributeReading<Destination>[] }>();
  for (const sentence of sentences.values()) {
    const move = readMove(sentence);
    if (!move) continue;
    const key = move.origin.words.join(' ');
    const entry = byOrigin.get(key) ?? { origin: move.origin, readings: [] };
    entry.readings.push({ value: move.destination, written: move.destination.place.written, normalized: placeKey(move.destination.place), article: sentence.article, sentence });
    byOrigin.set(key, entry);
  }
  const out: Conflict[] = [];
  for (const [key, { origin, readings }] of [...byOrigin].sort((a, b) => compareText(a[0], b[0]))) {
    // A destination's phrase is every outlet's: one "to the Stiles Unit in Beaumont" is enough to
    // reconcile "Beaumont" with "Stiles".
    const phraseOf = new Map<string, Set<string>>();
    const placeOf = (r: AttributeReading<Destination>) => r.value.place.words.join(' ');
    for (const r of readings) phraseOf.set(placeOf(r), new Set([...(phraseOf.get(placeOf(r)) ?? []), ...r.value.phraseWords]));
    for (const r of readings) r.value = { ...r.value, phraseWords: phraseOf.get(placeOf(r))! };
    const family: AttributeFamily<Destination> = {
      slot: 'transfer-destination',
      topic: () => `Destination of the transfer from ${origin.written.replace(/,.*$/, '')}`,
      compare: compareDestinations,
    };
    const row = buildAttributeRow(`transfer-${key.replace(/\s+/g, '-')}`, origin.written, readings, family);
    if (row) out.push({ ...row, id: `c:transfer-from-${key.replace(/\s+/g, '-')}` });
  }
  return out;
}
