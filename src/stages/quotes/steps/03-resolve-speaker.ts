/**
 * Step 3: the name mention a speaker phrase stands for.
 *   "Chinese President Xi Jinping" → the mention "Xi Jinping" inside it;
 *   "he" → the previous quote's speaker, else the latest person named before it (“…,” he said.);
 *   "the statement" → the latest organisation named before it ("In a statement, the US State Department said …").
 */
import type { Mention } from '../../../model/mention.js';
import type { Sentence } from '../../../model/text.js';
import words from '../data/speech-words.json' with { type: 'json' };

/** Who spoke last in the article, for "he said" after a named speaker. */
export interface SpeakerMemory {
  text: string;
  mention: Mention | null;
  /** Sentence index where that speaker was named. */
  index: number;
}

const personPronouns = new Set(Object.entries(words.pronouns).filter(([, t]) => t === 'person').map(([p]) => p));
const organisationNominals = new Set(words.organisationNominals);
const documentNouns = new Set(words.documentNouns);

/** How many sentences back "he" may reach for a previous speaker or a named person. */
export const pronounReach = 4;

/** The best mention inside [start, end): the last person, else the last name that is not a place. */
function mentionInside(mentions: Mention[], start: number, end: number): Mention | null {
  const inside = mentions.filter((m) => m.start >= start && m.end <= end);
  // The last person: a title or employer named first is a modifier ("Trend Micro advanced threat researcher Paul Ferguson").
  const person = inside.filter((m) => m.type === 'person').sort((a, b) => b.start - a.start)[0];
  if (person) return person;
  // The head of an English noun phrase comes last: "Trend Micro advanced threat researcher Paul Ferguson".
  inside.sort((a, b) => (a.type === 'place' ? 1 : 0) - (b.type === 'place' ? 1 : 0) || b.start - a.start);
  return inside[0] ?? null;
}

/** The latest mention of a type before `before` in the current sentence, then in earlier ones (nearest first). */
function latestMention(type: Mention['type'], before: number, current: Mention[], earlier: Mention[][], fits: (m: Mention) => boolean = () => true): Mention | null {
  const here = current.filter((m) => m.type === type && m.end <= before && fits(m)).sort((a, b) => b.start - a.start)[0];
  if (here) return here;
  for (const ms of earlier) {
    const hit = ms.filter((m) => m.type === type && fits(m)).sort((a, b) => b.start - a.start)[0];
    if (hit) return hit;
  }
  return null;
}

/** Grammatical gender a person is referred to with in an article, when the article shows it. */
export type Gender = 'male' | 'female';

/** Key a person's gender under their last name, so "Janette Brimmer" and "Brimmer" share it. */
const genderKey = (m: Mention) => m.text.toLowerCase().split(/\s+/).pop() ?? '';

/**
 * The gender an article gives its people, from honorifics ("Mr.", "Ms.") and from the pronouns
 * after a sentence's only person name, in that sentence or (when it has none) the next one if that names nobody:
 * "Janette Brimmer, an attorney, said her group …" → female. Ties give nothing.
 */
export function readGenders(sentences: Sentence[], mentionsOf: (s: Sentence) => Mention[]): (m: Mention) => Gender | null {
  const votes = new Map<string, number>();
  const vote = (m: Mention, text: string) => {
    const male = (text.match(/\b(?:he|him|his|himself)\b/gi) ?? []).length;
    const female = (text.match(/\b(?:she|her|hers|herself)\b/gi) ?? []).length;
    votes.set(genderKey(m), (votes.get(genderKey(m)) ?? 0) + male - female);
  };
  sentences.forEach((s, i) => {
    const persons = mentionsOf(s).filter((m) => m.type === 'person');
    for (const m of persons) {
      const title = /\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s*$/.exec(s.text.slice(0, m.start - s.start));
      if (title) votes.set(genderKey(m), (votes.get(genderKey(m)) ?? 0) + (/^(Mr|Sir|Lord)$/.test(title[1]) ? 3 : -3));
    }
    if (persons.length !== 1) return;
    const m = persons[0];
    let text = s.text.slice(m.end - s.start);
    const next = sentences[i + 1];
    const hasPronoun = /\b(?:he|him|his|she|her|hers)\b/i.test(text);
    if (!hasPronoun && next && next.paragraph === s.paragraph && !mentionsOf(next).some((x) => x.type === 'person')) text += ' ' + next.text;
    vote(m, text);
  });
  return (m) => {
    const v = votes.get(genderKey(m)) ?? 0;
    return v > 0 ? 'male' : v < 0 ? 'female' : null;
  };
}

/**
 * Resolve a speaker phrase (article offsets) to a mention.
 * `current`: mentions of the sentence holding the phrase; `earlier`: mentions of the previous
 * sentences of the same article, nearest first (at most `pronounReach`); `memory`: the last speaker.
 */
export function resolveSpeaker(
  speaker: { start: number; end: number; text: string },
  current: Mention[],
  earlier: Mention[][],
  memory: SpeakerMemory | null,
  sentenceIndex: number,
  genderOf: (m: Mention) => Gender | null = () => null,
  subject: Mention | null = null,
): { text: string; mention: Mention | null } {
  const inside = mentionInside(current, speaker.start, speaker.end);
  // A place inside a longer phrase is a modifier ("A senior US official"), not the speaker ("China said").
  const isModifier = inside?.type === 'place' && speaker.text.replace(/^(?:the)\s+/i, '') !== inside.text;
  if (inside && !isModifier) return { text: speaker.text, mention: inside };
  const lower = speaker.text.toLowerCase();
  if (personPronouns.has(lower)) {
    // "she said" never resolves to a man the article calls "he", and the other way round.
    const wanted: Gender | null = lower === 'he' ? 'male' : lower === 'she' ? 'female' : null;
    const fits = (m: Mention) => !wanted || (genderOf(m) ?? wanted) === wanted;
    // A sentence that opens with "He said …" continues the previous sentence's subject, even when
    // someone else spoke before: "Anchorage lawyer William Ingaldson … was there. He said he had owned …".
    if (subject && fits(subject)) return { text: speaker.text, mention: subject };
    const isRecent = memory !== null && sentenceIndex - memory.index <= pronounReach;
    if (isRecent && memory.mention && fits(memory.mention)) return { text: speaker.text, mention: memory.mention };
    // The last speaker had no name ("A senior US official … said …"): "he" is that speaker, unnamed.
    if (isRecent && !memory.mention) return { text: memory.text, mention: null };
    // One-word names may come untyped ("Yang said …"): take them when no person is named.
    const named = latestMention('person', speaker.start, current, earlier, fits) ?? latestMention('other', speaker.start, current, earlier, (m) => fits(m) && /^\p{Lu}/u.test(m.text));
    return { text: speaker.text, mention: named };
  }
  // "it said" is the organisation speaking last or named last; "they said" the last unnamed source
  // ("Police said …. They said the name would be released …").
  if (lower === 'it' || lower === 'they') {
    const isRecent = memory !== null && sentenceIndex - memory.index <= 2;
    if (isRecent && (lower === 'they' ? !memory.mention || memory.mention.type === 'organization' : memory.mention !== null && memory.mention.type !== 'person')) return { text: memory.text, mention: memory.mention };
    if (lower === 'it') return { text: speaker.text, mention: latestMention('organization', speaker.start, current, earlier.slice(0, 2)) };
    return { text: speaker.text, mention: null };
  }
  const head = lower.split(/\s+/).pop() ?? '';
  if (organisationNominals.has(head)) {
    // A document speaks for whoever issued it ("In a statement, the City Council said …. The
    // statement said …"); a body named by its kind is that body only when the name says so
    // ("the ministry" → "Chinese Foreign Ministry"), never the last organisation of another kind
    // ("The regional government said …" after "the Northern Seismic Institute").
    const isDocument = documentNouns.has(head);
    const named = latestMention('organization', speaker.start, current, earlier.slice(0, 2), (m) => isDocument || m.text.toLowerCase().includes(head));
    return { text: speaker.text, mention: named };
  }
  return { text: speaker.text, mention: null };
}
