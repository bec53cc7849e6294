/**
 * The story's title: the article title that shares the most words with the other titles (the
 * most central headline), else the statement most sources agree on, else "".
 */
import { contentTokens } from '../claims/tokenize.js';

/** Pick the most central headline among the articles' titles. */
export function chooseStoryTitle(articles: { id: string; title: string }[], fallback: string): string {
  const titled = articles.filter((a) => a.title.trim());
  if (titled.length === 0) return fallback;
  const sets = titled.map((a) => new Set(contentTokens(a.title)));
  let best = 0;
  let bestScore = -1;
  sets.forEach((s, i) => {
    let score = 0;
    sets.forEach((o, j) => {
      if (i === j) return;
      const shared = [...s].filter((t) => o.has(t)).length;
      score += shared / Math.sqrt(Math.max(1, s.size) * Math.max(1, o.size));
    });
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return titled[best]!.title.trim();
}
