/**
 * Resolve the mentions of every article of a story into entities: one person, organisation or
 * place each, with every spelling seen, the articles that name it and each article's own words
 * for its role. Blocked by phonetic keys, never all pairs of mentions.
 *
 * Steps:
 *   1. group mentions by their written form and route each form by its typed votes;
 *   2. people: cluster full names ("Antony Blinken" ~ "Anthony Blinken"), complete-link;
 *   3. attach surnames ("Qin" → "Qin Gang") to the one compatible full-name cluster; an ambiguous
 *      surname ("Burns" with William and Nicholas Burns) only within an article naming just one;
 *      a lone first name only to the one full name that starts with it ("Kathina" → "Kathina Thomas");
 *   4. organisations by normalised name, a bare name joining its one qualified form ("Foreign
 *      Ministry" → "Chinese Foreign Ministry"); acronyms and other spellings are linked after
 *      (link-names.ts, step 7);
 *   5. places by alias ("U.S." = "United States");
 *   6. name, type, variants, roles, ids and order;
 *   7. (before 6) groups of every type linked by spelling keys, acronyms and qualifiers (link-names.ts).
 */
import type { Entity, EntityType, Mention } from '../../model/mention.js';
import { countryNames, demonyms, placeAliases, placeNames } from '../../lexicon/index.js';
import { compareNames, compareTokens, parseName, phoneticKey } from './match-names.js';
import { linkNameGroups } from './link-names.js';
import { corporateSuffixes } from './name-keys.js';
import { Clusters, type NameForm } from './name-form.js';


const typeRank: Record<EntityType, number> = { person: 0, organization: 1, place: 2, other: 3 };

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Collapse whitespace and drop a trailing possessive: "Blinken’s" → "Blinken". */
function formKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').replace(/['’]s$/u, '').trim();
}

/**
 * The type most mentions vote for, "other" only when nothing else is known. "in X" is weak
 * evidence: it counts only when at least a quarter of the mentions of a form have it ("Colts" once after
 * "in" and fifty times elsewhere is not a place).
 */
function voteType(mentions: Mention[]): EntityType {
  const votes = new Map<EntityType, number>();
  const weak = mentions.filter((m) => m.source === 'place-preposition').length;
  const countsWeak = weak * 4 >= mentions.length;
  for (const m of mentions) {
    if (m.type === 'other' || (m.source === 'place-preposition' && !countsWeak)) continue;
    votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
  }
  let best: EntityType = 'other';
  let bestVotes = 0;
  for (const [type, n] of votes) {
    if (n > bestVotes || (n === bestVotes && typeRank[type] < typeRank[best])) {
      best = type;
      bestVotes = n;
    }
  }
  return best;
}

/** Step 1: group mentions by written form. */
function groupForms(mentions: Mention[]): NameForm[] {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = formKey(m.text);
    if (!key) continue;
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key)!.push(m);
  }
  foldShoutedForms(byKey);
  return [...byKey.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([text, list]) => ({ text, mentions: list, type: voteType(list) }));
}

const isShouted = (text: string) => /\p{Lu}{2}/u.test(text) && text === text.toUpperCase() && text !== text.toLowerCase();

/**
 * A dateline or shouted form ("MARROWBY -", "WASHINGTON (AP)") joins the one form written in
 * ordinary case with the same letters ("Marrowby"): the shouting is typography, not another name.
 */
function foldShoutedForms(byKey: Map<string, Mention[]>): void {
  const ordinary = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    if (isShouted(key)) continue;
    const folded = key.toLowerCase();
    ordinary.set(folded, [...(ordinary.get(folded) ?? []), key]);
  }
  for (const key of [...byKey.keys()]) {
    if (!isShouted(key)) continue;
    const targets = ordinary.get(key.toLowerCase());
    if (!targets || targets.length !== 1) continue;
    byKey.get(targets[0]!)!.push(...byKey.get(key)!);
    byKey.delete(key);
  }
}

/** Index items by every key they produce; candidate pairs are items sharing a key. */
function candidatePairs(items: number[], keysOf: (i: number) => string[]): [number, number][] {
  const index = new Map<string, number[]>();
  for (const i of items) {
    for (const key of new Set(keysOf(i))) {
      if (!key) continue;
      if (!index.has(key)) index.set(key, []);
      index.get(key)!.push(i);
    }
  }
  const seen = new Set<string>();
  const pairs: [number, number][] = [];
  for (const block of index.values()) {
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        const [a, b] = block[x] < block[y] ? [block[x], block[y]] : [block[y], block[x]];
        const id = `${a},${b}`;
        if (!seen.has(id)) {
          seen.add(id);
          pairs.push([a, b]);
        }
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

const tokenKeys = (text: string) => parseName(text).tokens.filter((t) => t.length > 1).map(phoneticKey);

const roleStop = new Set(['the', 'of', 'a', 'an', 'and', 'for', 'to', 'in', 'at', 'on', 'former', 'new', 'senior', 'deputy', 'chief', 'head']);
const roleWords = (form: NameForm) => new Set(form.mentions.flatMap((m) => (m.role ?? '').toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length > 1 && !roleStop.has(w)));

/**
 * Two spellings a letter apart are two people when the articles give them different roles:
 * "Mark Pinder, a lawyer" and "Mark Pindar, the police inspector" share no role word. Spellings
 * with no role, or roles that share a word, may still be one person.
 */
function haveDifferentRoles(a: NameForm, b: NameForm): boolean {
  const ra = roleWords(a);
  const rb = roleWords(b);
  if (ra.size === 0 || rb.size === 0) return false;
  for (const w of ra) if (rb.has(w)) return false;
  return true;
}

/** Steps 2 and 3: people (and unknown names, which may be surnames of people). */
function resolvePeople(forms: NameForm[]): NameForm[][] {
  const parsed = forms.map((f) => parseName(f.text));
  // "Klitschko-Haye" (a bout) is one word, not a full name whose surname is Haye.
  const isFull = (i: number) => parsed[i].tokens.length > 1 && /\s/.test(forms[i].text);
  const full = forms.map((_, i) => i).filter(isFull);
  const short = forms.map((_, i) => i).filter((i) => parsed[i].tokens.length === 1);
  const clusters = new Clusters(forms.length);
  const matches = new Map<string, boolean>();
  const isMatch = (a: number, b: number) => {
    const id = a < b ? `${a},${b}` : `${b},${a}`;
    if (!matches.has(id)) matches.set(id, compareNames(forms[a].text, forms[b].text).match);
    return matches.get(id)!;
  };
  // Step 2: full names, best pairs first; merge only when every member matches every member, so
  // "J. Smith" cannot join "John Smith" and "Jane Smith" together.
  const scored = candidatePairs(full, (i) => tokenKeys(forms[i].text))
    .map(([a, b]) => ({ a, b, result: compareNames(forms[a].text, forms[b].text) }))
    .filter((p) => p.result.match && (p.result.score === 1 || !haveDifferentRoles(forms[p.a], forms[p.b])))
    .sort((p, q) => q.result.score - p.result.score || p.a - q.a || p.b - q.b);
  const members = new Map<number, number[]>(full.map((i) => [i, [i]]));
  for (const { a, b } of scored) {
    const ra = clusters.find(a);
    const rb = clusters.find(b);
    if (ra === rb) continue;
    const ma = members.get(ra)!;
    const mb = members.get(rb)!;
    if (!ma.every((x) => mb.every((y) => isMatch(x, y)))) continue;
    clusters.union(ra, rb);
    const root = clusters.find(ra);
    members.set(root, [...ma, ...mb]);
    members.delete(root === ra ? rb : ra);
  }
  // Step 3: surnames. Index full-name clusters by the key of each of their tokens.
  const fullByKey = new Map<string, number[]>();
  for (const i of full) for (const key of new Set(tokenKeys(forms[i].text))) {
    if (!fullByKey.has(key)) fullByKey.set(key, []);
    fullByKey.get(key)!.push(i);
  }
  const givenIndex = new Map<string, number[]>();
  for (const i of full) {
    const given = parsed[i].tokens.find((t, k) => k !== parsed[i].family && t.length > 1);
    if (!given) continue;
    if (!givenIndex.has(given)) givenIndex.set(given, []);
    givenIndex.get(given)!.push(i);
  }
  const extra: NameForm[][] = [];
  const attached = new Map<number, Mention[]>();
  const clusterArticles = new Map<number, Set<string>>();
  const articlesOf = (root: number): Set<string> => {
    if (!clusterArticles.has(root)) clusterArticles.set(root, new Set(members.get(root)!.flatMap((i) => forms[i].mentions.map((x) => x.article))));
    return clusterArticles.get(root)!;
  };
  // A hyphenated word of two names ("SAP-Arena", "Klitschko-Haye") stays a name of its own.
  const leftovers: NameForm[] = forms.filter((_, i) => parsed[i].tokens.length > 1 && !isFull(i));
  for (const s of short) {
    const key = phoneticKey(parsed[s].tokens[0]);
    const compatible = new Set<number>();
    for (const f of fullByKey.get(key) ?? []) if (compareNames(forms[s].text, forms[f].text).match) compatible.add(clusters.find(f));
    const roots = [...compatible].sort((x, y) => x - y);
    const attach = (root: number, list: Mention[]) => {
      if (!attached.has(root)) attached.set(root, []);
      attached.get(root)!.push(...list);
    };
    if (roots.length === 1) {
      attach(roots[0], forms[s].mentions);
      continue;
    }
    if (roots.length === 0) {
      // "Kathina" beside "Kathina Thomas" and no other Kathina: a first name used alone, as news
      // does for children and celebrities. Only an exact first name of a single cluster.
      const byGiven = [...new Set((givenIndex.get(parsed[s].tokens[0]) ?? []).map((f) => clusters.find(f)))];
      if (byGiven.length === 1) {
        attach(byGiven[0], forms[s].mentions);
        continue;
      }
    }
    const unresolved: Mention[] = [];
    for (const m of forms[s].mentions) {
      // "Burns" beside William and Nicholas Burns: take the one this article names, if only one.
      const here = roots.filter((r) => articlesOf(r).has(m.article));
      if (here.length === 1) attach(here[0], [m]);
      else unresolved.push(m);
    }
    if (unresolved.length > 0) leftovers.push({ ...forms[s], mentions: unresolved });
  }
  // Surnames that joined no full name cluster among themselves ("Bilinken" ~ "Blinken").
  const shortClusters = new Clusters(leftovers.length);
  const shortIdx = leftovers.map((_, i) => i);
  for (const [a, b] of candidatePairs(shortIdx, (i) => tokenKeys(leftovers[i].text))) {
    if (compareNames(leftovers[a].text, leftovers[b].text).match) shortClusters.union(a, b);
  }
  for (const group of shortClusters.groups(shortIdx).values()) extra.push(group.map((i) => leftovers[i]));
  const out: NameForm[][] = [];
  for (const [root, group] of clusters.groups(full)) {
    const list = group.map((i) => forms[i]);
    const more = attached.get(root);
    if (more) list.push({ text: '', mentions: more, type: 'person' });
    out.push(list);
  }
  return [...out, ...extra];
}

/** Normalised organisation name: "the U.S. State Department" → "us state department". */
function orgKey(text: string): string {
  return formKey(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/^the\s+/, '');
}

/** The organisation name without a leading country or demonym: "chinese foreign ministry" → "foreign ministry". */
function bareOrgKey(key: string): string {
  const words = key.split(' ');
  let i = 0;
  while (i < words.length - 1 && (countryNames.has(words[i]) || demonyms.has(words[i]))) i++;
  return words.slice(i).join(' ');
}

/** Step 4: organisations. */
function resolveOrganizations(forms: NameForm[]): NameForm[][] {
  const byKey = new Map<string, NameForm[]>();
  for (const f of forms) {
    const key = orgKey(f.text);
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key)!.push(f);
  }
  const keys = [...byKey.keys()].sort();
  const clusters = new Clusters(keys.length);
  const byBare = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const bare = bareOrgKey(k);
    if (!byBare.has(bare)) byBare.set(bare, []);
    byBare.get(bare)!.push(i);
  });
  for (const [bare, group] of byBare) {
    const qualified = group.filter((i) => keys[i] !== bare);
    // "Foreign Ministry" joins "Chinese Foreign Ministry" unless a "Russian Foreign Ministry" is there too.
    if (qualified.length === 1) for (const i of group) clusters.union(i, qualified[0]);
  }
  const out: NameForm[][] = [];
  for (const group of clusters.groups(keys.map((_, i) => i)).values()) out.push(group.flatMap((i) => byKey.get(keys[i])!));
  return out;
}

/** Pre-tokenised dots closed up: "N . Y ." → "N.Y.", "Mich ." → "Mich.". */
function unspaceDots(text: string): string {
  return text.replace(/(\p{L}) \.(?= \p{L} \.)/gu, '$1.').replace(/(\p{L}) \.(?: |$)/gu, (m, l: string) => `${l}.${m.endsWith(' ') ? ' ' : ''}`).replace(/\. (?=\p{L}\.)/gu, '.');
}

/** Step 5: places, by alias. */
function resolvePlaces(forms: NameForm[]): NameForm[][] {
  const byKey = new Map<string, NameForm[]>();
  for (const f of forms) {
    const lower = orgKey(unspaceDots(f.text));
    // "Diaoyutai State Guest House" = "Diaoyutai State Guesthouse": spaces and hyphens do not count.
    const key = (placeAliases.get(unspaceDots(f.text).toLowerCase()) ?? placeAliases.get(lower) ?? lower).toLowerCase().replace(/[\s-]+/g, '');
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key)!.push(f);
  }
  const keys = [...byKey.keys()].sort();
  // "Schenectady" = "Schnectady": one letter apart, when only one of the two is a known place
  // (two known places a letter apart are two places) and the misspelling has one candidate.
  const clusters = new Clusters(keys.length);
  const isKnown = (k: string) => byKey.get(k)!.some((f) => placeNames.has(unspaceDots(f.text).toLowerCase()) || placeAliases.has(unspaceDots(f.text).toLowerCase()));
  const oneWord = keys.map((k, i) => i).filter((i) => /^\p{L}{5,}$/u.test(keys[i]));
  const matchesOf = new Map<number, number[]>();
  for (const [a, b] of candidatePairs(oneWord, (i) => [phoneticKey(keys[i])])) {
    if ((isKnown(keys[a]) && isKnown(keys[b])) || !compareTokens(keys[a], keys[b]).match) continue;
    matchesOf.set(a, [...(matchesOf.get(a) ?? []), b]);
    matchesOf.set(b, [...(matchesOf.get(b) ?? []), a]);
  }
  for (const [a, list] of matchesOf) if (list.length === 1 && (matchesOf.get(list[0])?.length ?? 0) === 1) clusters.union(a, list[0]);
  return [...clusters.groups(keys.map((_, i) => i)).values()].map((group) => group.flatMap((i) => byKey.get(keys[i])!));
}

const weakPersonSources = new Set(['name-shape', 'speaker', 'capitalised']);

/**
 * The type of a group linked across types: a person only by a role, honorific or given name;
 * otherwise the most frequent other type, an organisation before a place ("Crowley Maritime" by
 * its shape a person, "Crowley Maritime Corp ." an organisation).
 */
function linkedType(forms: NameForm[]): EntityType {
  const mentions = forms.flatMap((f) => f.mentions);
  if (mentions.some((m) => m.type === 'person' && (m.role !== undefined || !weakPersonSources.has(m.source ?? '')))) return 'person';
  const votes = new Map<EntityType, number>();
  for (const m of mentions) if (m.type === 'organization' || m.type === 'place') votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
  const org = votes.get('organization') ?? 0;
  const place = votes.get('place') ?? 0;
  if (org === 0 && place === 0) return voteType(mentions);
  return org >= place ? 'organization' : 'place';
}

/** Lower-case ASCII slug: "Antony Blinken" → "antony-blinken". */
export function slugName(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'entity';
}

/** Step 6: the canonical name — a full name before a short one, then the spelling most articles use. */
function chooseName(forms: NameForm[], type: EntityType): string {
  const named = forms.filter((f) => f.text);
  // "Advanced Micro Devices", not "Advanced Micro Devices Inc .": the legal suffix is a spelling.
  const plain = named.filter((f) => !hasLegalSuffix(f.text));
  const candidates = plain.length > 0 ? plain : named;
  const rank = (f: NameForm) => ({
    isFull: type === 'person' ? parseName(f.text).tokens.length > 1 : true,
    articles: new Set(f.mentions.map((m) => m.article)).size,
    mentions: f.mentions.length,
    length: f.text.length,
  });
  if (type === 'place') {
    // "U.S.", "US", "America" → "United States", the lexicon's name for them.
    const alias = placeAliases.get(orgKey(unspaceDots(candidates[0].text))) ?? placeAliases.get(unspaceDots(candidates[0].text).toLowerCase());
    if (alias) return alias;
  }
  const sorted = [...candidates].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra.isFull !== rb.isFull) return ra.isFull ? -1 : 1;
    // 'Vincent "The Chin" Gigante' is a spelling; "Vincent Gigante" the name.
    if (type === 'person' && hasNickname(a.text) !== hasNickname(b.text)) return hasNickname(a.text) ? 1 : -1;
    if (type === 'organization' && ra.length !== rb.length) return rb.length - ra.length;
    return rb.articles - ra.articles || rb.mentions - ra.mentions || rb.length - ra.length || compareStrings(a.text, b.text);
  });
  return sorted[0].text;
}

const hasLegalSuffix = (text: string) => {
  const words = text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return words.length > 1 && corporateSuffixes.has(words[words.length - 1]);
};
const hasNickname = (text: string) => /["“”‘'(]/u.test(text.replace(/['’]s\b/gu, ''));

function buildEntity(groupForms: NameForm[], poolType: EntityType): Omit<Entity, 'id'> {
  const mentions = groupForms
    .flatMap((f) => f.mentions)
    .sort((a, b) => compareStrings(a.article, b.article) || a.start - b.start || a.end - b.end);
  const type = poolType === 'person' ? (mentions.some((m) => m.type === 'person') ? 'person' : voteType(mentions)) : poolType;
  const articlesByForm = new Map<string, Set<string>>();
  for (const m of mentions) {
    const key = formKey(m.text);
    if (!articlesByForm.has(key)) articlesByForm.set(key, new Set());
    articlesByForm.get(key)!.add(m.article);
  }
  const variants = [...articlesByForm.keys()].sort(compareStrings);
  const forms = variants.map((text) => ({ text, articles: [...articlesByForm.get(text)!].sort(compareStrings) }));
  const articles = [...new Set(mentions.map((m) => m.article))].sort(compareStrings);
  const roleKeys = new Set<string>();
  const roles: { article: string; role: string }[] = [];
  for (const m of mentions) {
    if (!m.role) continue;
    const id = `${m.article}\u0000${m.role}`;
    if (roleKeys.has(id)) continue;
    roleKeys.add(id);
    roles.push({ article: m.article, role: m.role });
  }
  roles.sort((a, b) => compareStrings(a.article, b.article) || compareStrings(a.role, b.role));
  return { name: chooseName(groupForms, type), type, variants, forms, articles, roles, mentions };
}

/** Resolve the mentions of all articles of one story into entities, most widely named first. */
export function resolveEntities(mentions: Mention[]): Entity[] {
  const forms = groupForms(mentions);
  const people = forms.filter((f) => f.type === 'person' || f.type === 'other');
  const organizations = forms.filter((f) => f.type === 'organization');
  const places = forms.filter((f) => f.type === 'place');
  const pooled: { forms: NameForm[]; pool: EntityType }[] = [
    ...resolvePeople(people).map((forms) => ({ forms, pool: 'person' as const })),
    ...resolveOrganizations(organizations).map((forms) => ({ forms, pool: 'organization' as const })),
    ...resolvePlaces(places).map((forms) => ({ forms, pool: 'place' as const })),
  ];
  const linked = linkNameGroups(
    pooled.map((p) => p.forms),
    pooled.map((p) => p.pool),
  );
  const built = linked.map((members) => {
    const pools = new Set(members.map((i) => pooled[i].pool));
    const forms = members.flatMap((i) => pooled[i].forms);
    return buildEntity(forms, pools.size === 1 ? pooled[members[0]].pool : linkedType(forms));
  });
  built.sort(
    (a, b) =>
      b.articles.length - a.articles.length ||
      b.mentions.length - a.mentions.length ||
      compareStrings(a.name, b.name) ||
      typeRank[a.type] - typeRank[b.type] ||
      compareStrings(a.mentions[0].article, b.mentions[0].article) ||
      a.mentions[0].start - b.mentions[0].start,
  );
  const used = new Map<string, number>();
  return built.map((e) => {
    const base = `e:${slugName(e.name)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, ...e };
  });
}

/** Sentence id → ids of the entities mentioned in it, in entity order. */
export function entityIndex(entities: Entity[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      const list = index.get(m.sentence) ?? [];
      if (!list.includes(entity.id)) list.push(entity.id);
      index.set(m.sentence, list);
    }
  }
  return index;
}
