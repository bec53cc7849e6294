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

const forms = Object.entries(data.families)
  .flatMap(([family, words]) => words.map((w) => [w, family] as [string, string]))
  .sort((a, b) => b[0].length - a[0].length || compareText(a[0], b[0]));
const weaponPattern = new RegExp(`\\b(${forms.map(([w]) => w.replace(/[-\s]/g, '[\\s-]?')).join('|')})s?\\b`, 'gi');
const familyOf = (written: string): string => {
  const key = written.toLowerCase().replace(/s$/, '');
  return forms.find(([w]) => new RegExp(`^${w.replace(/[-\s]/g, '[\\s-]?')}$`, 'i').test(key))?.[1] ?? key;
};

/** Articles whose weapon kinds are disjoint from another article's (see the file header). */
export function findWeaponConflicts(sentences: Map<string, Sentence>): Conflict[] {
  const kinds = new Map<string, Set<string>>();
  const evidence = new Map<string, Sentence[]>();
  for (const sentence of sentences.values()) {
    const found = [...sentence.text.matchAll(weaponPattern)].map((m) => familyOf(m[1]!));
    if (found.length === 0) continue;
    const set = kinds.get(sentence.article) ?? new Set<string>();
    for (const f of found) set.add(f);
    kinds.set(sentence.article, set);
    evidence.set(sentence.article, [...(evidence.get(sentence.article) ?? []), sentence]);
  }
  const sets = [...kinds.entries()];
  const disjoint = sets.some(([a, x]) => sets.some(([b, y]) => a !== b && ![...x].some((k) => y.has(k))));
  if (!disjoint) return [];
  // One value per distinct set of kinds, with the articles that name exactly that set.
  const byKey = new Map<string, string[]>();
  for (const [article, set] of sets) {
    const key = [...set].sort().join(' or ');
    byKey.set(key, [...(byKey.get(key) ?? []), article]);
  }
  const values: ConflictValue[] = [...byKey].map(([key, articles]) => ({
    value: key,
    normalized: key,
    articles: articles.sort(),
    evidence: articles.flatMap((a) => evidence.get(a)!.map((s) => ({ article: s.article, text: s.text, start: s.start, end: s.end }))),
    attributedTo: null,
    qualifier: 'exact',
    unit: null,
  }));
  values.sort((a, b) => b.articles.length - a.articles.length || compareText(a.value, b.value));
  return [{ id: 'c:weapon', topic: 'Weapon used', kind: 'contradiction', slot: 'weapon', background: false, values }];
}
