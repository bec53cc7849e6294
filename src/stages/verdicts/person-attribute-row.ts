/**
 * One row from the readings of one attribute of one person (a nationality, a home, a birthplace)
 * across outlets: readings that tell the same value are grouped, and the row keeps the groups
 * some other outlet contradicts. Shared by the nationality and place families; each supplies how
 * two of its values relate.
 */
import type { Conflict, ConflictValue } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { compareText } from '../../compare-text.js';
import { byOutletsThenValue, eachToldAlone, wordValue } from './word-value.js';

/** One value of the attribute read beside one mention of the person. */
export interface AttributeReading<V> {
  value: V;
  /** The value as shown ("South Ozone Park"). */
  written: string;
  /** The value's normal form ("south ozone park"). */
  normalized: string;
  article: string;
  sentence: Sentence;
}

/**
 * How two values relate: one value; one inside the other (a finer telling: a precision row);
 * unknown (neither for nor against: "Texas" beside "Beaumont"); or two values.
 */
export type AttributeRelation = 'same' | 'inside' | 'unknown' | 'differ';

/** The attribute being built into a row: slot, topic and how its values compare. */
export interface AttributeFamily<V> {
  /** Slot name of the row ("residence"). */
  slot: string;
  /** Topic for the person ("Where Raj Chohan lived"). */
  topic: (person: string) => string;
  compare: (a: V, b: V) => AttributeRelation;
}

/**
 * The row for one person, or null. An article that gives the person two different values
 * itself ("who lived in Denver … his home in Boulder") says the person has both, so the person
 * gets no row: two homes are not a dispute between outlets.
 */
export function buildAttributeRow<V>(entityId: string, name: string, readings: AttributeReading<V>[], family: AttributeFamily<V>): Conflict | null {
  if (readings.length < 2) return null;
  // Group: a reading joins the first group whose first reading tells the same value.
  const groups: AttributeReading<V>[][] = [];
  for (const r of [...readings].sort((x, y) => compareText(x.article, y.article) || x.sentence.start - y.sentence.start)) {
    const home = groups.find((g) => family.compare(g[0]!.value, r.value) === 'same');
    if (home) home.push(r);
    else groups.push([r]);
  }
  if (groups.length < 2) return null;
  const articlesOf = groups.map((g) => new Set(g.map((r) => r.article)));
  const relation = (i: number, j: number) => family.compare(groups[i]![0]!.value, groups[j]![0]!.value);
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      if (relation(i, j) === 'differ' && [...articlesOf[i]!].some((a) => articlesOf[j]!.has(a))) return null;
    }
  }
  const disputed = new Set<number>();
  let kind: Conflict['kind'] = 'precision';
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const rel = relation(i, j);
      if ((rel !== 'differ' && rel !== 'inside') || !eachToldAlone([articlesOf[i]!, articlesOf[j]!])) continue;
      disputed.add(i);
      disputed.add(j);
      if (rel === 'differ') kind = 'contradiction';
    }
  }
  if (disputed.size < 2) return null;
  const values: ConflictValue[] = [...disputed].map((i) => {
    const g = groups[i]!;
    // Show the fullest writing of the value ("Schenectady, N.Y." over "Schenectady").
    const shown = [...g].sort((x, y) => y.written.length - x.written.length || compareText(x.written, y.written))[0]!;
    return wordValue(shown.written, shown.normalized, g.map((r) => r.article), g.map((r) => r.sentence));
  });
  values.sort(byOutletsThenValue);
  return { id: `c:${entityId}:${family.slot}`, topic: family.topic(name), kind, slot: family.slot, background: false, values };
}
