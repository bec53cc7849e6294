/**
 * Link the name groups that resolution built per type (people, organisations, places) when one
 * outlet writes a name the way another does not: legal suffixes, spacing and hyphens, acronyms,
 * a place or parent before the name, a generic last word, a word left out in the middle. Every
 * link is made only when it is the one possible link (two bodies with the same initials stay
 * apart), and never to a group that is a person by a role, an honorific or a given name.
 *
 * Rules, each with an example from news text:
 *   1. same key: "SeaMicro Inc ." = "Sea Micro", "Mt Sefton" = "Mount Sefton", "IE6" = "IE 6";
 *   2. acronym ↔ its expansion: "OSCE" = "Organisation for Security and Co-operation in Europe",
 *      "IBF" in one outlet = "International Boxing Federation" in another;
 *   3. a name and the same name with generic last words: "Paperny" = "Paperny Films",
 *      "U.S. Marshals" = "U.S. Marshals Service", "WDIV" = "WDIV - TV";
 *   4. a name and the same name after a place or a parent: "Beaumont Hospital" = "Royal Oak
 *      Beaumont Hospital", "Security Response Alliance" = "Microsoft Security Response Alliance";
 *   5. a word or two left out in the middle: "Central Election Commission" = "Central Election and
 *      Referendum Commission", "McAfee Labs" = "McAfee Avert Labs".
 * Candidates come from hash indexes of keys, never from all pairs of groups.
 */
import type { EntityType, Mention } from '../../model/mention.js';
import { acronymHeads, compassWords, countryNames, demonyms, placeAliases, placeNames } from '../../lexicon/index.js';
import { acronymOf, initialsOf, isGenericTail, joinKey, keyWords } from './name-keys.js';
import { Clusters, type NameForm } from './name-form.js';

/** Sources that make a name a person beyond doubt ("Dr. Gage", "Lt. Moreno", "John McNutt"). */
const personSources = new Set(['title-pattern', 'honorific', 'given-name', 'family-name', 'initials', 'appositive']);

/** What linking needs to know about one group. */
interface GroupInfo {
  /** Key words of each written form. */
  keys: string[][];
  isPerson: boolean;
  /** A place by the lexicon, or a one-word place ("Palmer" is not "Palmer Police"). */
  isPlace: boolean;
}

const isStrongPerson = (m: Mention) => m.type === 'person' && (personSources.has(m.source ?? '') || m.role !== undefined);

function describe(forms: NameForm[], isPersonPool: boolean): GroupInfo {
  const texts = forms.filter((f) => f.text);
  const keys = texts.map((f) => keyWords(f.text)).filter((k) => k.length > 0);
  const mentions = forms.flatMap((f) => f.mentions);
  // "Intel chief" once among seventy "Intel"s does not make Intel a person: a tenth of the mentions must say so.
  const strong = mentions.filter(isStrongPerson).length;
  // A surname attached to a full name makes a person, if any mention is typed one ("Colony" joined
  // to "Matanuska Colony" does not).
  const hasAttached = texts.length < forms.length && mentions.some((m) => m.type === 'person');
  const isPerson = isPersonPool && ((strong > 0 && strong * 10 >= mentions.length) || hasAttached);
  const lexiconPlace = texts.some((f) => placeNames.has(f.text.toLowerCase()) || placeAliases.has(f.text.toLowerCase()));
  const isPlace = lexiconPlace || (texts.every((f) => f.type === 'place') && keys.every((k) => k.length === 1));
  return { keys, isPerson, isPlace };
}

/** Whether a long name names a body known by its initials: it holds a word such as "Federation", "League" or "Administration" (`acronymHeads`). */
function namesBody(text: string): boolean {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => acronymHeads.has(w));
}

/** Whether `short` is `long` without some words in the middle (same first and last word, at most two left out). */
function isInnerSubsequence(short: string[], long: string[]): boolean {
  if (short.length < 2 || long.length <= short.length || long.length - short.length > 2) return false;
  if (short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  let i = 0;
  const left: string[] = [];
  for (const w of long) {
    if (i < short.length && w === short[i]) i++;
    else left.push(w);
  }
  // "University of [South] Alabama" is another university: a compass word or a number is never left out.
  return i === short.length && !left.some((w) => compassWords.has(w) || /\d/.test(w));
}

/**
 * Whether the long name opens with another name of the story that the short one lacks: "Matanuska
 * Maid Creamery" is the creamery of "Matanuska Maid", not "Matanuska Creamery".
 */
function hasOtherName(short: string[], long: string[], storyKeys: Set<string>): boolean {
  for (let n = 2; n < long.length; n++) {
    const prefix = long.slice(0, n);
    if (storyKeys.has(prefix.join(' ')) && prefix.some((w, x) => short[x] !== w)) return true;
  }
  return false;
}

let lexiconQualifiers: Set<string> | null = null;

/** A qualifier before a name: a known place, country or demonym, or another name of the story. */
function isQualifier(words: string[], storyKeys: Set<string>): boolean {
  // Keys fold spelling ("russian" → "rusian"), so the lexicon is compared in the same keys.
  lexiconQualifiers ??= new Set([...placeNames, ...countryNames, ...demonyms.keys()].map((w) => keyWords(w).join(' ')));
  const text = words.join(' ');
  // "[East] Fifth Avenue", "[West] American Boulevard": a compass word makes another street.
  if (words.some((w) => compassWords.has(w))) return false;
  return lexiconQualifiers.has(text) || storyKeys.has(text);
}

/**
 * Link groups of name forms; `pools[i]` is the resolution group i came from (person, which also
 * holds unknown names, organization or place). Returns the indices of the groups that make one
 * entity, each list ascending.
 */
export function linkNameGroups(groups: NameForm[][], pools: EntityType[]): number[][] {
  const info = groups.map((g, i) => describe(g, pools[i] === 'person'));
  const clusters = new Clusters(groups.length);
  const eligible = (i: number) => !info[i].isPerson;

  // Rule 1: the same key.
  const byKey = new Map<string, number[]>();
  const add = <K>(map: Map<K, number[]>, key: K, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  info.forEach((g, i) => {
    if (!eligible(i)) return;
    for (const k of g.keys) add(byKey, joinKey(k), i);
  });
  for (const list of byKey.values()) {
    // "Jordan" the place and "Jordan" a leftover surname: one word, two kinds, never joined.
    const kinds = new Set(list.map((i) => pools[i]));
    const isOneWord = list.every((i) => info[i].keys.every((k) => k.length === 1));
    if (isOneWord && kinds.has('place') && kinds.size > 1) continue;
    for (const i of list.slice(1)) clusters.union(list[0], i);
  }

  // Rule 2: acronyms, to the one group whose long name has those initials.
  const byInitials = new Map<string, number[]>();
  groups.forEach((g, i) => {
    if (!eligible(i)) return;
    for (const f of g) if (f.text && keyWords(f.text).length > 1) for (const ini of initialsOf(f.text)) add(byInitials, ini, i);
  });
  const linkUnique = (i: number, candidates: Iterable<number>) => {
    const roots = new Set<number>();
    for (const c of candidates) if (clusters.find(c) !== clusters.find(i)) roots.add(clusters.find(c));
    if (roots.size === 1) clusters.union(i, [...roots][0]);
  };
  groups.forEach((g, i) => {
    if (!eligible(i) || info[i].isPlace) return;
    const acronyms = new Set(g.map((f) => (f.text ? acronymOf(f.text) : null)).filter((a): a is string => a !== null));
    if (acronyms.size === 0) return;
    const candidates = new Set<number>();
    for (const a of acronyms) for (const c of byInitials.get(a) ?? []) candidates.add(c);
    if (candidates.size === 0) return;
    // A short acronym needs one outlet to write both ("the Endangered Species Act (ESA)"): "BBC" in
    // one article and a "Banstead Baptist Church" in another are the broadcaster and a church.
    // Four letters or more collide rarely ("FEMA", "USGS"); three letters join across outlets a
    // body's name ("IBF" = "International Boxing Federation", "FDA" = "Food and Drug
    // Administration"), which is what such acronyms stand for. Two letters never do ("AM" is no
    // "Attempted Murder").
    const here = new Set(g.flatMap((f) => f.mentions.map((m) => m.article)));
    const together = [...candidates].some((c) => groups[c].some((f) => f.mentions.some((m) => here.has(m.article))));
    const letters = Math.max(...[...acronyms].map((a) => a.replace(/[^\p{L}]/gu, '').length));
    const ofBodies = letters === 3 && [...candidates].every((c) => groups[c].some((f) => !!f.text && namesBody(f.text)));
    if (together || letters >= 4 || ofBodies) linkUnique(i, [...candidates].sort((a, b) => a - b));
  });

  // Index every multiword key by its first word for rules 3 and 5.
  const byFirst = new Map<string, number[]>();
  info.forEach((g, i) => {
    if (!eligible(i)) return;
    for (const k of g.keys) if (k.length > 1) add(byFirst, k[0], i);
  });
  const storyKeys = new Set<string>();
  info.forEach((g) => g.keys.forEach((k) => storyKeys.add(k.join(' '))));
  const byWhole = new Map<string, number[]>();
  info.forEach((g, i) => {
    if (eligible(i)) for (const k of g.keys) add(byWhole, k.join(' '), i);
  });

  // Rule 3: the same name and generic last words ("Paperny" → "Paperny Films"), to one group.
  info.forEach((g, i) => {
    if (!eligible(i) || g.isPlace) return;
    const candidates: number[] = [];
    for (const k of g.keys) {
      for (const j of byFirst.get(k[0]) ?? []) {
        if (j === i || info[j].isPlace) continue;
        const extends_ = info[j].keys.some((l) => l.length > k.length && k.every((w, x) => l[x] === w) && isGenericTail(k.length, l.slice(k.length)));
        if (extends_) candidates.push(j);
      }
    }
    if (candidates.length > 0) linkUnique(i, candidates);
  });

  // Rule 4: the same name after a qualifier ("Royal Oak Beaumont Hospital" → "Beaumont Hospital"),
  // or before "of" and a place ("Democratic Party of Turkmenistan" → "Democratic Party").
  // The short name joins only if one group qualifies it ("Fire Department" with both "Palmer Fire
  // Department" and "Wasilla Fire Department" stays alone).
  const qualifiedBy = new Map<number, number[]>();
  info.forEach((g, i) => {
    if (!eligible(i)) return;
    for (const k of g.keys) {
      const cuts: string[][] = [];
      for (let q = 1; q <= 3 && k.length - q >= 2; q++) if (isQualifier(k.slice(0, q), storyKeys)) cuts.push(k.slice(q));
      const of = k.lastIndexOf('of');
      if (of >= 2 && isQualifier(k.slice(of + 1), storyKeys)) cuts.push(k.slice(0, of));
      for (const rest of cuts) for (const j of byWhole.get(rest.join(' ')) ?? []) if (j !== i) add(qualifiedBy, j, i);
    }
  });
  for (const [j, owners] of [...qualifiedBy].sort((a, b) => a[0] - b[0])) linkUnique(j, owners);

  // Rule 5: words left out in the middle, to one group.
  info.forEach((g, i) => {
    if (!eligible(i) || g.isPlace) return;
    const candidates: number[] = [];
    for (const k of g.keys) {
      if (k.length < 2) continue;
      for (const j of byFirst.get(k[0]) ?? []) if (j !== i && info[j].keys.some((l) => isInnerSubsequence(k, l) && !hasOtherName(k, l, storyKeys))) candidates.push(j);
    }
    if (candidates.length > 0) linkUnique(i, candidates);
  });

  return [...clusters.groups(groups.map((_, i) => i)).values()];
}
