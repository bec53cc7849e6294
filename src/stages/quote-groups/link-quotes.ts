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
import { isPronoun, type QuoteMention } from '../quotes/quote-mention.js';
import speakerWords from '../quotes/data/speech-words.json' with { type: 'json' };

const institutionHeads = new Set(speakerWords.institutionHeads);


/**
 * An unattributed quote is kept only when it reads as a statement: a sentence with its full stop,
 * or a long clause; a short unpunctuated line in quotation marks is a subhead ("'Kind of a good question'").
 */
function isStatement(text: string): boolean {
  return /[.!?…]\s*$/.test(text) || (text.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 8;
}

/**
 * Find, resolve and link the story's quotes. Sorted by number of articles, then first appearance.
 * `claimOf` (sentence id → claim group id, from the claim alignment) lets one speaker's differently
 * worded versions of one statement link when their sentences were aligned.
 */
export function linkQuotes(sentences: Sentence[], mentions: Mention[], entities: Entity[], claimOf: (sentence: string) => string | undefined = () => undefined): Quote[] {
  const entityOfMention = new Map<string, Entity>();
  for (const e of entities) for (const m of e.mentions) entityOfMention.set(`${m.article}:${m.start}`, e);
  const found = findQuotes(sentences, mentions).filter((q) => (q.kind === 'direct' && (q.speakerText || isStatement(q.text))) || q.speakerMention || (q.kind === 'reported' && q.speakerText));
  const byRole = roleIndex(entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  // The entity each quote's speaker resolves to, and the key quotes are linked by.
  const entityOf = new Map<QuoteMention, Entity>();
  const resolve = (m: Mention | null, text: string | null, quote: QuoteMention): string | null => {
    const entity = m ? entityOfMention.get(`${m.article}:${m.start}`) : undefined;
    if (entity) {
      entityOf.set(quote, entity);
      return speakerKey(entity.name, entity.type);
    }
    if (!text || isPronoun(text)) return null;
    const holder = roleHolder(byRole, text, quote.article, (id) => lastMentionBefore(byId.get(id)!, quote.article, quote.start));
    if (holder) {
      entityOf.set(quote, byId.get(holder)!);
      return speakerKey(byId.get(holder)!.name, 'person');
    }
    return `desc:${descriptionHead(text)}`;
  };
  const groups = groupQuotes(found, resolve, isSameSpeaker, claimOf);
  const order = new Map(sentences.map((s, i) => [s.id, i]));
  const ids = groups.map((g) => `q:${g.quotes[0]!.article}:${g.quotes[0]!.start}`);
  const quotes: (Quote & { first: number })[] = groups.map((g, k) => {
    const entity = pickEntity(g.quotes.map((q) => entityOf.get(q)).filter((e): e is Entity => e !== undefined && g.speaker === speakerKey(e.name, e.type)));
    const speakerText = g.quotes.find((q) => q.speakerText && !isPronoun(q.speakerText))?.speakerText ?? null;
    const first = Math.min(...g.quotes.map((q) => order.get(q.sentence) ?? 0));
    return {
      id: ids[k]!,
      speaker: entity ? speakerName(entity) : speakerText,
      speakerEntity: entity?.id ?? null,
      text: g.text,
      articles: g.articles,
      isParaphrase: g.isParaphrase,
      variants: g.quotes.map((q) => ({ article: q.article, text: q.text, start: q.start, end: q.end, kind: q.kind })),
      ...(g.sameWordsAs.length ? { speakerConflict: g.sameWordsAs.map((j) => ids[j]!) } : {}),
      first,
    };
  });
  return quotes
    .sort((a, b) => b.articles.length - a.articles.length || a.first - b.first)
    .map(({ first: _first, ...q }) => q);
}

/**
 * The key two quotes' speakers are compared by (`isSameSpeaker`): a person's surname and first
 * name (one outlet writes "Palmer Public Safety Director Jon Owen", another "Jon Owen", and entity
 * resolution may keep them apart), an organisation's words without articles ("the FBI" = "FBI").
 */
export function speakerKey(name: string, type: Entity['type']): string {
  // A "name" that ends in a role is a described source: "Surrey Police spokeswoman" → "police".
  if (/\s(?:spokes(?:man|woman|person|men)|officials?|sources?)$/.test(name)) return `desc:${descriptionHead(name)}`;
  // An untyped name is most often a person's surname ("Gigante said …"): keyed like one.
  if (type === 'person' || type === 'other') {
    const words = name.replace(/,?\s+(?:Jr|Sr|II|III|IV)\.?$/i, '').toLowerCase().split(/\s+/);
    return `person:${words[words.length - 1] ?? ''}|${words.length > 1 ? words[0] : ''}`;
  }
  return `name:${bareSpeaker(name)}`;
}

/**
 * The head noun of an unnamed source, the part two outlets share: "A Surrey Police spokeswoman"
 * → "police", "Officials at the prison medical center" → "officials", "cops" → "police".
 */
export function descriptionHead(text: string): string {
  const words = bareSpeaker(text).split(/\s+(?:of|at|for|in|from|with|on)\s+/)[0]!.replace(/^(?:some|one|another|two|three|several|many)\s+/, '').split(' ');
  while (words.length > 1 && /^(?:spokes(?:man|woman|person|men)|officials?|sources?)$/.test(words[words.length - 1]!)) words.pop();
  const head = words[words.length - 1] ?? '';
  return (speakerWords.sameSource as Record<string, string>)[head] ?? head;
}

/**
 * Two speaker keys may name one source: equal keys, or an unnamed source and a named organisation
 * ("police" and "Surrey Police"; "police" and "NYPD").
 */
function isSameSpeaker(a: string, b: string): boolean {
  if (a === b) return true;
  const [ka, va] = [a.slice(0, a.indexOf(':')), a.slice(a.indexOf(':') + 1)];
  const [kb, vb] = [b.slice(0, b.indexOf(':')), b.slice(b.indexOf(':') + 1)];
  if (ka === 'person' && kb === 'person') {
    const [[sa, fa], [sb, fb]] = [va.split('|'), vb.split('|')];
    // The same surname, or a name cut after an initial ("Robert J." / "Robert J. Pickell").
    return sa === sb || ((sa!.length === 1 || sb!.length === 1) && fa !== '' && fa === fb);
  }
  // An unnamed institution is any organisation the other outlet names ("police" / "NYPD"), never a
  // person, and "experts" or "witnesses" never speak for an organisation.
  return (ka === 'desc' && kb === 'name' && institutionHeads.has(va)) || (kb === 'desc' && ka === 'name' && institutionHeads.has(vb));
}

/** "The New York Times" → "new york times". */
function bareSpeaker(text: string): string {
  return text.trim().toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/\s+/g, ' ');
}

/** The entity to name a group's speaker by: the most frequent, then the shortest full name ("Jon Owen" before "Palmer Public Safety Director Jon Owen"). */
function pickEntity(list: Entity[]): Entity | undefined {
  const count = new Map<Entity, number>();
  for (const e of list) count.set(e, (count.get(e) ?? 0) + 1);
  const words = (e: Entity) => e.name.split(/\s+/).length;
  const score = (e: Entity) => (words(e) >= 2 ? words(e) : 9);
  return [...count.keys()].sort((a, b) => score(a) - score(b) || count.get(b)! - count.get(a)! || (a.id < b.id ? -1 : 1))[0];
}

/**
 * The name a quote's speaker is shown by. A person keeps the entity's full name ("Andrew Feldman",
 * not "Feldman"); an organisation is named as most of the story's articles write it, because its
 * canonical name is the longest spelling ("Advanced Micro Devices", or "Sea Micro" that one article
 * writes for "SeaMicro") while the outlets quoting it say "AMD said". Ties go to the spelling written
 * more often ("Interior Department" three times, "Department of Interior" once), then the canonical name.
 */
export function speakerName(entity: Entity): string {
  if (entity.type === 'person' || entity.type === 'other') return entity.name;
  // How widely a spelling is used: articles writing it, then times written.
  const times = new Map<string, number>();
  for (const m of entity.mentions) times.set(m.text, (times.get(m.text) ?? 0) + 1);
  const reach = (text: string): [number, number] => [entity.forms.find((f) => f.text === text)?.articles.length ?? 0, times.get(text) ?? 0];
  // A company suffix ("SeaMicro Inc .") is the same name written longer, never the usual one.
  const hasSuffix = (text: string) => /\s(?:Inc|Corp|Co|Ltd|LLC|PLC)\s?\.?$/i.test(text);
  let best = hasSuffix(entity.name) ? null : entity.name;
  for (const f of entity.forms) {
    if (hasSuffix(f.text) || f.text === best) continue;
    const [a, n] = reach(f.text);
    const [b, m] = best === null ? [-1, -1] : reach(best);
    if (a > b || (a === b && n > m)) best = f.text;
  }
  return best ?? entity.name;
}

/** An entity's last mention in an article before an offset, or null. */
function lastMentionBefore(entity: Entity, article: string, offset: number): Mention | null {
  let last: Mention | null = null;
  for (const m of entity.mentions) if (m.article === article && m.start < offset && (!last || m.start > last.start)) last = m;
  return last;
}

/** Role words ("mayor", "foreign minister") → entities holding that role, per article and story-wide. */
interface RoleIndex {
  inArticle: Map<string, Set<string>>;
  inStory: Map<string, Set<string>>;
}

function roleKey(role: string): string {
  return role.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();
}

function roleIndex(entities: Entity[]): RoleIndex {
  const inArticle = new Map<string, Set<string>>();
  const inStory = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, id: string) => map.set(key, (map.get(key) ?? new Set()).add(id));
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const r of e.roles) {
      const key = roleKey(r.role);
      if (!key) continue;
      add(inArticle, `${r.article}|${key}`, e.id);
      add(inStory, key, e.id);
    }
  }
  return { inArticle, inStory };
}

/**
 * "the mayor said" → the one person this article calls Mayor (else the one person the story
 * calls exactly that); of several in the article, the one named last before the quote, in a
 * sentence of its own. Unknown roles, or a tie, stay unresolved: never a guess.
 */
function roleHolder(index: RoleIndex, text: string, article: string, lastSeen: (id: string) => Mention | null): string | null {
  if (!/^the\s/i.test(text.trim())) return null;
  const key = roleKey(text);
  const local = index.inArticle.get(`${article}|${key}`);
  if (local && local.size === 1) return [...local][0]!;
  // Several holders in one article: "the judge" is the one named last before the quote ("Judge
  // Jack B. Weinstein … reflected … ‘He is a shadow of his former self,’ the judge said", after two other judges earlier).
  if (local) {
    // Two holders named in one sentence ("Mayor Ida Berg and Mayor Tom Lund visited …") are a tie.
    const seen = [...local].map((id) => [id, lastSeen(id)] as const).filter((x): x is readonly [string, Mention] => x[1] !== null).sort((a, b) => b[1].start - a[1].start);
    return seen.length > 0 && (seen.length === 1 || seen[0]![1].sentence !== seen[1]![1].sentence) ? seen[0]![0] : null;
  }
  const story = index.inStory.get(key);
  return story && story.size === 1 ? [...story][0]! : null;
}
