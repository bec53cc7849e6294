/**
 * Link variants of the same quote across articles: trims ("…the importance of diplomacy…" inside
 * a longer quote), translations ("at its lowest point since diplomatic relations were
 * established" / "at the lowest point since its establishment") and reported forms.
 *
 * Method: each quote becomes a set of stemmed content words. Candidates come only from the
 * quote's rarest words (an inverted index, each word's list capped), never all pairs; a pair is
 * linked when the speakers do not clash and the shared words cover most of the shorter quote.
 * Linked quotes are merged with union-find.
 */
import type { Mention } from '../../model/mention.js';
import { stemWord } from '../facts/stem-word.js';
import stopWords from '../facts/data/slot-words.json' with { type: 'json' };
import { isPronoun, type QuoteGroup, type QuoteMention } from './quote-mention.js';

/** Tuning, with defaults, in one place. */
const defaults = {
  /** How many of a quote's rarest words look for candidates. */
  rareWords: 6,
  /** Longest candidate list read per word: very common words do not block. */
  postingCap: 64,
  /** Weighted share of the shorter quote's words that must be shared when one speaker is unknown. */
  minOverlap: 0.6,
  /**
   * The same, when both outlets name the same speaker: another outlet's paraphrase of one
   * statement keeps its rare words but not its wording ("Buckley was wearing crampons but was
   * inexperienced" / "Mr Buckley was well equipped at the time but was an inexperienced climber").
   */
  sameSpeakerOverlap: 0.35,
  /** Fewest shared words for a link (reported speech needs one more when a speaker is unknown). */
  minShared: 2,
  /** Weighted overlap above which the same words credited to two named speakers are a who-said-what conflict. */
  conflictOverlap: 0.8,
  /** Fewest shared words for such a conflict: a short phrase is no evidence of one statement. */
  conflictShared: 4,
  /** How many earlier quotes of a claim group a quote looks back over for one of the same speaker. */
  claimReach: 8,
  /** Two variants of one article in one group must lie this close (characters): one quote split by "he said". */
  splitReach: 600,
};

const functionWords = new Set(stopWords.functionWords);

/** Stemmed content words of a quote: "at its lowest point since …" → {low, point, …}. */
function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
    const w = m[0].replace(/['’]s$|[.'’-]+$/g, '');
    if (w.length < 2 || functionWords.has(w)) continue;
    out.add(stemWord(w));
  }
  return out;
}

/** Lower-case letters and digits only, single-spaced: for "differs beyond trimming". */
function bareText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const byPosition = (a: QuoteMention, b: QuoteMention) =>
  a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start;

/**
 * Does the outlet credit the speaker itself, by a name or a role, not by a pronoun this reading
 * resolved? A quote that continues another carries that one's speaker as written ("he" or "Quinn").
 */
function namesSpeaker(q: QuoteMention): boolean {
  return q.speakerText !== null && !isPronoun(q.speakerText);
}

/** A candidate link between two quotes of different articles. */
interface Pair {
  i: number;
  j: number;
  score: number;
}

/**
 * Group quotes that are variants of one another. `resolveSpeaker` names a quote's speaker (a
 * key such as a surname or a source's description) from its mention and text; different named
 * speakers are never linked, an unknown speaker links to anyone (on stronger evidence). Groups are
 * sorted by their first variant (article, offset).
 *
 * Method: stemmed content words weighted by rarity among the story's quotes (idf); candidates
 * come only from each quote's rarest words (an inverted index, lists capped), never all pairs.
 * Pairs are linked best first, and a link that would put two distant quotes of one article into
 * one group is refused, so one loose pair cannot chain two statements together.
 */
export function groupQuotes(
  quotes: QuoteMention[],
  resolveSpeaker: (mention: Mention | null, text: string | null, quote: QuoteMention) => string | null,
  isSameSpeaker: (a: string, b: string) => boolean = (a, b) => a === b,
  claimOf: (sentence: string) => string | undefined = () => undefined,
): QuoteGroup[] {
  const sorted = [...quotes].sort(byPosition);
  const speakers = sorted.map((q) => resolveSpeaker(q.speakerMention, q.speakerText, q));
  const words = sorted.map((q) => contentWords(q.text));

  // Inverted index: word → quotes containing it (document frequency = list length).
  const postings = new Map<string, number[]>();
  words.forEach((ws, i) => {
    for (const w of ws) {
      const list = postings.get(w) ?? [];
      list.push(i);
      postings.set(w, list);
    }
  });
  const idf = (w: string) => Math.log(1 + sorted.length / postings.get(w)!.length);
  const weight = words.map((ws) => [...ws].reduce((n, w) => n + idf(w), 0));

  const pairs: Pair[] = [];
  const conflicts: Pair[] = [];
  words.forEach((ws, i) => {
    const rare = [...ws].sort((a, b) => postings.get(a)!.length - postings.get(b)!.length || (a < b ? -1 : 1)).slice(0, defaults.rareWords);
    const seen = new Set<number>();
    for (const w of rare) {
      for (const j of postings.get(w)!.slice(0, defaults.postingCap)) {
        if (j <= i || seen.has(j) || sorted[i].article === sorted[j].article) continue;
        seen.add(j);
        let shared = 0;
        let sharedWeight = 0;
        for (const x of ws) {
          if (!words[j].has(x)) continue;
          shared++;
          sharedWeight += idf(x);
        }
        const score = sharedWeight / Math.min(weight[i], weight[j]);
        const smaller = Math.min(ws.size, words[j].size);
        const isClash = speakers[i] !== null && speakers[j] !== null && !isSameSpeaker(speakers[i]!, speakers[j]!);
        if (isClash) {
          const isMarked = sorted[i].kind !== 'reported' && sorted[j].kind !== 'reported';
          if (isMarked && shared >= defaults.conflictShared && score >= defaults.conflictOverlap) conflicts.push({ i, j, score });
          continue;
        }
        const isNamed = speakers[i] !== null && speakers[j] !== null;
        // Reported speech always names a speaker; next to an unattributed quote, shared words are weak evidence.
        const isReported = sorted[i].kind === 'reported' || sorted[j].kind === 'reported';
        if (isReported && !isNamed) continue;
        const needed = defaults.minShared + (isReported && !isNamed ? 1 : 0);
        const isShortCopy = smaller > 0 && smaller < needed && shared === smaller && bareText(sorted[i].text) === bareText(sorted[j].text);
        const minScore = isNamed ? defaults.sameSpeakerOverlap : defaults.minOverlap;
        if ((shared >= needed && score >= minScore) || isShortCopy) pairs.push({ i, j, score: isShortCopy ? 1 : score });
      }
    }
  });
  // Sentences the claim alignment put in one group across outlets say the same thing: their
  // quotes by one named speaker are one statement however differently worded ("There was no
  // lightning strike" / "… nor was lightning a possible cause").
  const byClaim = new Map<string, number[]>();
  sorted.forEach((q, i) => {
    const claim = claimOf(q.sentence);
    if (claim !== undefined) byClaim.set(claim, [...(byClaim.get(claim) ?? []), i]);
  });
  // Each quote links back to the nearest earlier one of another article with the same speaker, a
  // chain rather than every pair: a claim group holding a wire story's 200 copies stays linear.
  const paired = new Set(pairs.map((p) => p.i * sorted.length + p.j));
  for (const list of byClaim.values()) {
    list.forEach((j, k) => {
      for (let back = k - 1; back >= 0 && back >= k - defaults.claimReach; back--) {
        const i = list[back]!;
        if (sorted[i].article === sorted[j].article || speakers[i] === null || speakers[j] === null || !isSameSpeaker(speakers[i]!, speakers[j]!)) continue;
        if (!paired.has(i * sorted.length + j)) pairs.push({ i, j, score: defaults.sameSpeakerOverlap });
        break;
      }
    });
  }
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);

  // Groups as member lists; link best pairs first.
  const groupOf = sorted.map((_, i) => i);
  const members = new Map<number, number[]>(sorted.map((_, i) => [i, [i]]));
  const fits = (a: number[], b: number[]) =>
    a.every((x) => b.every((y) =>
      (sorted[x].article !== sorted[y].article || Math.abs(sorted[x].start - sorted[y].start) <= defaults.splitReach) &&
      (speakers[x] === null || speakers[y] === null || isSameSpeaker(speakers[x]!, speakers[y]!))));
  for (const { i, j } of pairs) {
    const [ga, gb] = [groupOf[i], groupOf[j]];
    if (ga === gb) continue;
    const [a, b] = [members.get(ga)!, members.get(gb)!];
    if (!fits(a, b)) continue;
    const [keep, drop] = ga < gb ? [ga, gb] : [gb, ga];
    const merged = [...a, ...b].sort((x, y) => x - y);
    for (const x of merged) groupOf[x] = keep;
    members.set(keep, merged);
    members.delete(drop);
  }

  const roots = [...members.keys()].sort((a, b) => a - b);
  const indexOfRoot = new Map(roots.map((r, k) => [r, k]));
  const conflictOf = new Map<number, Set<number>>();
  for (const { i, j } of conflicts) {
    const [a, b] = [indexOfRoot.get(groupOf[i])!, indexOfRoot.get(groupOf[j])!];
    if (a === b) continue;
    conflictOf.set(a, (conflictOf.get(a) ?? new Set()).add(b));
    conflictOf.set(b, (conflictOf.get(b) ?? new Set()).add(a));
  }
  // Outlets disagree on a speaker only when each names one: a "he said" read back to the wrong
  // person is this reading's slip, not the outlet's word. Such a clash clears every flag of the
  // quotes it ties together, so no row is left standing on it.
  for (const { i, j } of conflicts) {
    if (namesSpeaker(sorted[i]) && namesSpeaker(sorted[j])) continue;
    const stack = [indexOfRoot.get(groupOf[i])!];
    while (stack.length) {
      const k = stack.pop()!;
      const linked = conflictOf.get(k);
      if (!linked) continue;
      conflictOf.delete(k);
      stack.push(...linked);
    }
  }

  return roots.map((root, k) => {
    const idx = members.get(root)!;
    const variants = idx.map((i) => sorted[i]);
    const named = new Map<string, number>();
    for (const i of idx) if (speakers[i]) named.set(speakers[i]!, (named.get(speakers[i]!) ?? 0) + 1);
    const speaker = [...named].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
    const marked = variants.filter((q) => q.kind !== 'reported');
    const pool = marked.length > 0 ? marked : variants;
    const text = [...pool].sort((a, b) => b.text.length - a.text.length || byPosition(a, b))[0].text;
    return {
      speaker,
      text,
      quotes: variants,
      articles: [...new Set(variants.map((q) => q.article))].sort(),
      isParaphrase: hasParaphrase(marked),
      sameWordsAs: [...(conflictOf.get(k) ?? [])].sort((a, b) => a - b),
    };
  });
}

/** True when two outlets put different words in quotation marks for the same quote (not a trim of one another). */
function hasParaphrase(marked: QuoteMention[]): boolean {
  // Each distinct wording once, with the articles that use it: a wire story's copies compare once.
  const byText = new Map<string, Set<string>>();
  for (const q of marked) {
    const bare = bareText(q.text);
    byText.set(bare, (byText.get(bare) ?? new Set()).add(q.article));
  }
  const texts = [...byText.keys()];
  for (let a = 0; a < texts.length; a++) {
    for (let b = a + 1; b < texts.length; b++) {
      const [x, y] = [texts[a]!, texts[b]!];
      const [ax, ay] = [byText.get(x)!, byText.get(y)!];
      const isOneArticle = ax.size === 1 && ay.size === 1 && [...ax][0] === [...ay][0];
      if (!isOneArticle && !x.includes(y) && !y.includes(x)) return true;
    }
  }
  return false;
}
