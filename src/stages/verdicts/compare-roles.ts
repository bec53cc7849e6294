/**
 * Whether two titles given to one person by two outlets disagree.
 * "Mayor" vs "Deputy Mayor" → conflict; "State Councilor and Foreign Minister" vs "Foreign
 * Minister" → compatible (one names more of the same offices); "China's top diplomat" vs
 * "Director of the Office of …" → not comparable (a description, not a formal title).
 * Rank words matter ("deputy", "vice", "assistant"): they change the office.
 */
import data from './data/formal-titles.json' with { type: 'json' };
import { compareText } from '../../compare-text.js';

const titles = [...new Set(data.titles)].sort((a, b) => b.length - a.length || compareText(a, b));
const formerWords = /\b(former|ex-|one-time|then)\b/i;
/** A role still to come or just taken ("will become general manager", "incoming mayor", "new AMD general manager") is not compared with a current one. */
const futureWords = /\b(incoming|future|designate|elect|will become|to become|will be|named|nominated|new|newly)\b/i;
const aliases = Object.entries(data.aliases as Record<string, string>).sort((a, b) => b[0].length - a[0].length);
const rankModifiers = new Set(data.rankModifiers);
/** Titles a rank word leaves as they are ("Deputy Sgt." is a sergeant, "Associate Justice" a judge of the court). */
const keepsOffice = new Map(Object.entries(data.keepsOffice as Record<string, string[]>).map(([rank, kept]) => [rank, new Set(kept)]));
/** Titles one person often holds at once (president and CEO): never a conflict between them. */
const coHeld = new Set(data.coHeld);
/** Pairs of titles that name one post twice, or a post and the seat it needs ("press secretary" / "spokesperson"). */
const alsoHeld = new Set((data.alsoHeld as [string, string][]).flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
/** A rank word before an agency's initials and then the title: "Deputy FBI Director" is the FBI's deputy director. */
const rankBeforeName = /\b(Deputy|Vice|Assistant|Associate|Under)\s+((?:(?:[A-Z]{2,}|U\.S\.)\s+){1,2})(Director|Secretary|Administrator|Commissioner|Chief)\b/g;

/** Formal titles found in a role string, longest first match, lower-case. */
export function formalTitles(role: string): string[] {
  // What follows "with" or "at" is the employer, and what follows "to" the boss, not a second
  // title: "an inspector with the Alaska State Fire Marshal's Office", "assistant to the
  // president". What comes before a possessive is someone else's: "President Trump's former
  // national security adviser".
  const own = role.split(/\s+(?:with|at|to)\s+/i)[0]!.replace(/^.*[’']s\s+/, '').replace(rankBeforeName, '$2$1 $3');
  let text = ' ' + own.toLowerCase().replace(/[’']s\b/g, '').replace(/[^a-z\- ]+/g, ' ').replace(/\s+/g, ' ') + ' ';
  for (const [long, short] of aliases) text = text.split(' ' + long + ' ').join(' ' + short + ' ');
  const found: string[] = [];
  for (const title of titles) {
    const needle = ' ' + title + ' ';
    let at = text.indexOf(needle);
    while (at >= 0) {
      // A rank word right before a title makes another office: "assistant district attorney".
      const rank = /(\S+) $/.exec(text.slice(0, at + 1))?.[1];
      const isRank = rank !== undefined && rankModifiers.has(rank) && !title.startsWith(rank + ' ') && !keepsOffice.get(rank)?.has(title);
      found.push(isRank ? `${rank} ${title}` : title);
      text = text.slice(0, at) + ' # ' + text.slice(at + needle.length); // consume so "deputy mayor" hides "mayor"
      at = text.indexOf(needle);
    }
  }
  return [...new Set(found)].sort();
}

/** Outcome of comparing two roles. */
export type RoleRelation = 'same' | 'compatible' | 'conflict' | 'not-comparable';

/**
 * Compare two roles of one person. Conflict only when both carry formal titles, no title is
 * shared, and none refines another ("minister" ⊂ "foreign minister"); "former …" roles are
 * not compared with current ones.
 */
export function compareRoles(a: string, b: string): RoleRelation {
  if (a.trim().toLowerCase() === b.trim().toLowerCase()) return 'same';
  if (formerWords.test(a) !== formerWords.test(b)) return 'not-comparable';
  if (futureWords.test(a) || futureWords.test(b)) return 'not-comparable';
  const ta = formalTitles(a);
  const tb = formalTitles(b);
  if (ta.length === 0 || tb.length === 0) return 'not-comparable';
  if (ta.some((t) => tb.includes(t))) return 'compatible';
  if (ta.every((t) => coHeld.has(t)) && tb.every((t) => coHeld.has(t))) return 'compatible';
  if (ta.some((x) => tb.some((y) => alsoHeld.has(`${x}|${y}`)))) return 'compatible';
  for (const x of ta) for (const y of tb) if (refines(x, y) || refines(y, x)) return 'compatible';
  return 'conflict';
}

/**
 * "foreign minister" and "secretary of state" refine "minister" and "secretary": the general
 * title stands whole inside the specific one and the extra words are no rank ("deputy mayor"
 * does not refine "mayor").
 */
function refines(specific: string, general: string): boolean {
  const at = (' ' + specific + ' ').indexOf(' ' + general + ' ');
  if (at < 0 || specific === general) return false;
  const extra = (specific.slice(0, at) + ' ' + specific.slice(at + general.length)).split(/[\s-]+/).filter(Boolean);
  return !extra.some((w) => data.rankModifiers.includes(w));
}
