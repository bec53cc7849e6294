/**
 * Weapon conflicts: outlets naming different kinds of weapon for one attack. Each article's
 * value is the set of weapon kinds it names ("either a shotgun or a rifle" names both); a row
 * appears only when two articles name kinds with nothing in common ("brought a rifle into the
 * building" vs "in a shotgun attack"), so an outlet that names more weapons than another
 * (a shotgun and a handgun vs a shotgun) is no dispute. Example, one row: rifle (one outlet) |
 * shotgun or rifle (three) | shotgun (four).
 */
import type { Conflict, ConflictValue } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import data from './data/weapons.json' with { type: 'json' };
import { compareText } from '../../compare-text.js';
import { byOutletsThenValue, wordValue } from './word-value.js';

const forms = Object.entries(data.families)
  .flatMap(([family, words]) => words.map((w) => [w, family] as [string, string]))
  .sort((a, b) => b[0].length - a[0].length || compareText(a[0], b[0]));
const weaponPattern = new RegExp(`\\b(${forms.map(([w]) => w.replace(/[-\s]/g, '[\\s-]?')).join('|')})s?\\b`, 'gi');
/** A weapon word without case, spaces, hyphens or a plural s: "Sawn-off shotguns" → "sawnoffshotgun". */
const keyOf = (written: string): string => written.toLowerCase().replace(/[\s-]+/g, '').replace(/s$/, '');
const familyByKey = new Map(forms.map(([w, family]) => [keyOf(w), family]));
const familyOf = (written: string): string => familyByKey.get(keyOf(written)) ?? keyOf(written);

/** Articles whose weapon kinds are disjoint from another article's (see the file header). */
export function findWeaponConflicts(sentences: Map<string, Sentence>): Conflict[] {
  const kinds = new Map<string, Set<string>>();
  const evidence = new Map<string, Sentence[]>();
  for (const sentence of sentences.values()) {
    const found = [...sentence.text.matchAll(weaponPattern)].map((m) => familyOf(m[1]!));
    if (found.length === 0) continue;
    if (!kinds.has(sentence.article)) {
      kinds.set(sentence.article, new Set());
      evidence.set(sentence.article, []);
    }
    for (const f of found) kinds.get(sentence.article)!.add(f);
    evidence.get(sentence.article)!.push(sentence);
  }
  const sets = [...kinds.entries()];
  const disjoint = sets.some(([a, x]) => sets.some(([b, y]) => a !== b && ![...x].some((k) => y.has(k))));
  if (!disjoint) return [];
  // One value per distinct set of kinds, with the articles that name exactly that set.
  const byKey = new Map<string, string[]>();
  for (const [article, set] of sets) {
    const key = [...set].sort().join(' or ');
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key)!.push(article);
  }
  const values: ConflictValue[] = [...byKey].map(([key, articles]) => wordValue(key, key, articles, articles.sort().flatMap((a) => evidence.get(a)!)));
  values.sort(byOutletsThenValue);
  return [{ id: 'c:weapon', topic: 'Weapon used', kind: 'contradiction', slot: 'weapon', background: false, values }];
}
