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
import type { QuoteGroup, QuoteMention } from './quote-mention.js';

/** Tuning, with defaults, in one place. */
const defaults = {
  /** How many of a quote's rarest words look for candidates. */
  rareWords: 4,
  /** Longest candidate list read per word: very common words do not block. */
  postingCap: 64,
  /** Share of the shorter quote's words that must be shared. */
  minOverlap: 0.6,
  /** Fewest shared words for a link (reported speech needs one more). */
  minShared: 2,
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

/** Union-find over quote indices. */
function makeSets(n: number) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  return { find, union };
}

const byPosition = (a: QuoteMention, b: QuoteMention) =>
  a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start;

/**
 * Group quotes that are variants of one another. `resolveSpeaker` names a quote's speaker (an
 * entity id or name) from its mention and text; different named speakers are never linked, an
 * unknown speaker links to anyone. Groups are sorted by their first variant (article, offset).
 */
export function groupQuotes(
  quotes: QuoteMention[],
  resolveSpeaker: (mention: Mention | null, text: string | null, quote: QuoteMention) => string | null,
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

  const sets = makeSets(sorted.length);
  words.forEach((ws, i) => {
    const rare = [...ws].sort((a, b) => postings.get(a)!.length - postings.get(b)!.length || (a < b ? -1 : 1)).slice(0, defaults.rareWords);
    const seen = new Set<number>();
    for (const w of rare) {
      for (const j of postings.get(w)!.slice(0, defaults.postingCap)) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        if (speakers[i] && speakers[j] && speakers[i] !== speakers[j]) continue;
        // Reported speech always names a speaker; next to an unattributed quote, shared words are weak evidence.
        const isReported = sorted[i].kind === 'reported' || sorted[j].kind === 'reported';
        if (isReported && (!speakers[i] || !speakers[j])) continue;
        let shared = 0;
        for (const x of ws) if (words[j].has(x)) shared++;
        const smaller = Math.min(ws.size, words[j].size);
        const needed = defaults.minShared + (isReported ? 1 : 0);
        const isShortCopy = smaller > 0 && smaller < needed && shared === smaller && bareText(sorted[i].text) === bareText(sorted[j].text);
        if ((shared >= needed && shared / smaller >= defaults.minOverlap) || isShortCopy) sets.union(i, j);
      }
    }
  });

  const members = new Map<number, number[]>();
  sorted.forEach((_, i) => {
    const root = sets.find(i);
    members.set(root, [...(members.get(root) ?? []), i]);
  });

  return [...members.values()].map((idx) => {
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
    };
  });
}

/** True when two outlets put different words in quotation marks for the same quote (not a trim of one another). */
function hasParaphrase(marked: QuoteMention[]): boolean {
  for (let a = 0; a < marked.length; a++) {
    for (let b = a + 1; b < marked.length; b++) {
      if (marked[a].article === marked[b].article) continue;
      const [x, y] = [bareText(marked[a].text), bareText(marked[b].text)];
      if (!x.includes(y) && !y.includes(x)) return true;
    }
  }
  return false;
}
