/**
 * Feed items → article inputs for ingest. The id is the item's link (so one story syndicated in
 * two feeds is stored once), else its guid, else the feed URL with the item's position.
 * Items without body text keep their title as text; items with neither are dropped.
 */
import type { ArticleInput } from '../../src/model/article.js';
import type { Feed } from './parse-feed.js';

/** Articles of a feed; `origin` names the feed (a URL or a path) in messages. */
export function feedToArticles(feed: Feed, origin: string): ArticleInput[] {
  const source = feed.title || (feed.link ? new URL(feed.link).host : origin);
  const out: ArticleInput[] = [];
  feed.items.forEach((item, i) => {
    const text = item.text || item.title;
    if (!text) return;
    out.push({
      id: item.url ?? item.guid ?? `${origin}#${i + 1}`,
      ...(item.title ? { title: item.title } : {}),
      source,
      ...(item.url ? { url: item.url } : {}),
      ...(item.published ? { published: item.published } : {}),
      text,
      origin: `${origin} item ${i + 1}`,
    });
  });
  return out;
}
