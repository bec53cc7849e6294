/**
 * Find mentions of people, organisations and places in the sentences of a story: English news
 * names without a model, precision first. The steps are in `steps/`, in order.
 */
import type { Mention } from '../../model/mention.js';
import type { Sentence } from '../../model/text.js';
import {
  aloneNonNames,
  calendarWords,
  demonyms,
  functionWords,
  givenNameSet,
  governmentNouns,
  groupWords,
  honorifics,
  numberWords,
  orgHeads,
  placeHeads,
  placeNames,
  placeOpeners,
  titleHeads,
  titleModifiers,
} from '../../lexicon/index.js';
import { tokeniseSentence, type Token } from './steps/01-tokenise-sentence.js';
import { collectCaseEvidence } from './steps/02-collect-case-evidence.js';
import { findCompoundPlaces, findNameRuns } from './steps/03-find-name-runs.js';
import { findLeftRole, findRightRole, splitRun, type TokenRange } from './steps/04-split-roles.js';
import { typeMention } from './steps/05-type-mention.js';

const isNonNameWord = (lower: string) =>
  functionWords.has(lower) ||
  calendarWords.has(lower) ||
  numberWords.has(lower) ||
  groupWords.has(lower) ||
  aloneNonNames.has(lower) ||
  demonyms.has(lower) ||
  titleHeads.has(lower) ||
  titleModifiers.has(lower) ||
  honorifics.has(lower);

/**
 * Narrow a name to the words that can name something: leading demonyms and group words go
 * ("Communist China" → "China"), and a name made only of such words is none ("Chinese",
 * "Secretary", "Western"). An organisation or place head keeps the whole ("Chinese Navy").
 */
function narrowName(tokens: Token[], range: TokenRange): TokenRange | null {
  const last = tokens[range.to - 1].lower;
  if (range.to - range.from > 1 && (orgHeads.has(last) || placeHeads.has(last))) return range;
  // "Communist Party of China": an "X of Y" name keeps its first word.
  if (tokens.slice(range.from + 1, range.to - 1).some((t, i) => t.lower === 'of' && orgHeads.has(tokens[range.from + i].lower))) return range;
  const text = tokens.slice(range.from, range.to).map((t) => t.lower).join(' ');
  if (placeNames.has(text)) return range; // "United States": two words never names alone
  let from = range.from;
  while (from < range.to - 1 && (demonyms.has(tokens[from].lower) || groupWords.has(tokens[from].lower))) from++;
  // Strip only down to a known place or a person: "Communist China" → "China", "Englishman Robert
  // Buckley" → "Robert Buckley", but "American Pie" stays whole.
  const rest = tokens.slice(from, range.to).map((t) => t.lower);
  if (from > range.from && !placeNames.has(rest.join(' ')) && !(rest.length > 1 && givenNameSet.has(rest[0]))) from = range.from;
  const words = tokens.slice(from, range.to);
  if (words.map((t) => t.text).join('').replace(/[^\p{L}\p{N}]/gu, '').length < 2) return null; // "E" of "E!" (but "I-75")
  if (words.every((t) => isNonNameWord(t.lower) && !t.isAcronym)) return null;
  // "Street", "Mount", "River" alone: a place word whose name was not found.
  if (words.length === 1 && (placeHeads.has(words[0].lower) || placeOpeners.has(words[0].lower))) return null;
  return { from, to: range.to };
}

/** Find the mentions of every sentence; offsets are into each article's cleaned text. */
export function findMentions(sentences: Sentence[]): Mention[] {
  const tokenised = sentences.map((s) => tokeniseSentence(s.text));
  const evidence = collectCaseEvidence(tokenised);
  const isCommonWord = (lower: string) => evidence.lowercase.has(lower) || isNonNameWord(lower);
  const mentions: Mention[] = [];
  sentences.forEach((sentence, si) => {
    const tokens = tokenised[si];
    const add = (start: number, end: number, mention: Omit<Mention, 'article' | 'start' | 'end' | 'text' | 'sentence'>) => {
      mentions.push({
        article: sentence.article,
        start: sentence.start + start,
        end: sentence.start + end,
        text: sentence.text.slice(start, end),
        sentence: sentence.id,
        ...mention,
      });
    };
    for (const place of findCompoundPlaces(tokens)) add(place.start, place.end, { type: 'place', source: 'hyphen-compound' });
    for (const run of findNameRuns(tokens, evidence)) {
      const split = splitRun(tokens, run);
      if (!split) continue;
      const name = narrowName(tokens, split);
      if (!name) continue;
      const role = split.role ?? (name.from === split.from && !split.isComplement ? (findLeftRole(tokens, name.from) ?? findRightRole(tokens, name.to)) : null);
      const decision = typeMention(tokens, name, { hasRole: role !== null, hasHonorific: run.hasHonorific, isCommonWord });
      const start = tokens[name.from].start;
      const end = tokens[name.to - 1].end;
      // "the Biden government": a person's name standing for an administration.
      const after = tokens[name.to];
      if (after && after.kind === 'word' && !after.isCapitalised && governmentNouns.has(after.lower) && decision.type !== 'place' && decision.type !== 'organization') {
        add(start, after.end, { type: 'organization', source: 'government-noun' });
        continue;
      }
      const keepsRole = role !== null && (decision.type === 'person' || decision.type === 'other');
      add(start, end, {
        type: keepsRole ? 'person' : decision.type,
        ...(keepsRole ? { role: sentence.text.slice(tokens[role.from].start, tokens[role.to - 1].end) } : {}),
        source: keepsRole && role.from > name.from ? 'appositive' : decision.source,
      });
    }
  });
  return mentions.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start || a.end - b.end));
}
