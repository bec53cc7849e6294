/**
 * Quotes for the report: found per article, speakers resolved to story entities, variants of
 * the same quote across outlets linked. Scare quotes with no speaker (“Spy Balloons”) are not
 * "who said what" and are left out; direct quotes are kept even when the speaker is unknown.
 */
import type { Entity, Mention } from '../../model/mention.js';
import type { Quote } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { findQuotes } from '../quotes/find-quotes.js';
import { groupQuotes } from '../quotes/group-quotes.js';

const pronouns = /^(he|she|they|it|we|i|you|him|her|them)$/i;

/** Find, resolve and link the story's quotes. Sorted by number of articles, then first appearance. */
export function linkQuotes(sentences: Sentence[], mentions: Mention[], entities: Entity[]): Quote[] {
  const entityOfMention = new Map<string, Entity>();
  for (const e of entities) for (const m of e.mentions) entityOfMention.set(`${m.article}:${m.start}`, e);
  const found = findQuotes(sentences, mentions).filter((q) => q.kind === 'direct' || q.speakerMention || (q.kind === 'reported' && q.speakerText));
  const resolve = (m: Mention | null, text: string | null): string | null => {
    const entity = m ? entityOfMention.get(`${m.article}:${m.start}`) : undefined;
    if (entity) return entity.id;
    if (text && !pronouns.test(text.trim())) return `text:${text.trim().toLowerCase()}`;
    return null;
  };
  const byId = new Map(entities.map((e) => [e.id, e]));
  const groups = groupQuotes(found, resolve);
  const order = new Map(sentences.map((s, i) => [s.id, i]));
  const quotes: (Quote & { first: number })[] = groups.map((g) => {
    const entity = g.speaker ? byId.get(g.speaker) : undefined;
    const speakerText = g.quotes.find((q) => q.speakerText && !pronouns.test(q.speakerText.trim()))?.speakerText ?? null;
    const first = Math.min(...g.quotes.map((q) => order.get(q.sentence) ?? 0));
    return {
      id: `q:${g.quotes[0]!.article}:${g.quotes[0]!.start}`,
      speaker: entity?.name ?? speakerText,
      speakerEntity: entity?.id ?? null,
      text: g.text,
      articles: g.articles,
      isParaphrase: g.isParaphrase,
      variants: g.quotes.map((q) => ({ article: q.article, text: q.text, start: q.start, end: q.end })),
      first,
    };
  });
  return quotes
    .sort((a, b) => b.articles.length - a.articles.length || a.first - b.first)
    .map(({ first: _first, ...q }) => q);
}
