/**
 * Step 3: the name mention a speaker phrase stands for.
 *   "Chinese President Xi Jinping" → the mention "Xi Jinping" inside it;
 *   "he" → the previous quote's speaker, else the latest person named before it (“…,” he said.);
 *   "the statement" → the latest organisation named before it ("In a statement, the US State Department said …").
 */
import type { Mention } from '../../../model/mention.js';
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

/** How many sentences back "he" may reach for a previous speaker or a named person. */
export const pronounReach = 4;

const typeRank: Record<string, number> = { person: 0, organization: 1, other: 2, place: 3 };

/** The best mention inside [start, end): persons first, then organisations; earliest first. */
function mentionInside(mentions: Mention[], start: number, end: number): Mention | null {
  const inside = mentions.filter((m) => m.start >= start && m.end <= end);
  inside.sort((a, b) => (typeRank[a.type] ?? 9) - (typeRank[b.type] ?? 9) || a.start - b.start);
  return inside[0] ?? null;
}

/** The latest mention of a type before `before` in the current sentence, then in earlier ones (nearest first). */
function latestMention(type: Mention['type'], before: number, current: Mention[], earlier: Mention[][]): Mention | null {
  const here = current.filter((m) => m.type === type && m.end <= before).sort((a, b) => b.start - a.start)[0];
  if (here) return here;
  for (const ms of earlier) {
    const hit = ms.filter((m) => m.type === type).sort((a, b) => b.start - a.start)[0];
    if (hit) return hit;
  }
  return null;
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
): { text: string; mention: Mention | null } {
  const inside = mentionInside(current, speaker.start, speaker.end);
  if (inside) return { text: speaker.text, mention: inside };
  const lower = speaker.text.toLowerCase();
  if (personPronouns.has(lower)) {
    if (memory && memory.mention && sentenceIndex - memory.index <= pronounReach) return { text: speaker.text, mention: memory.mention };
    return { text: speaker.text, mention: latestMention('person', speaker.start, current, earlier) };
  }
  const head = lower.split(/\s+/).pop() ?? '';
  if (organisationNominals.has(head)) return { text: speaker.text, mention: latestMention('organization', speaker.start, current, earlier.slice(0, 2)) };
  return { text: speaker.text, mention: null };
}
