/**
 * Where a named person was hurt: "Maurice Jones-Drew sprained his knee on a reception" against
 * "Maurice Drew … suffered a bruised leg on the play". One row per person whose outlets name
 * different body parts, each part with an outlet of its own: a part inside another (a knee in a
 * leg) is a precision difference, two apart (a knee, a shoulder) a contradiction. The person is
 * the one named last before the words in the sentence ("Stanley tore the ligament in his left
 * knee" is Stanley's knee), so a roundup of several players' injuries keeps each to its player.
 * Word lists in data/injuries.json.
 */
import type { Entity } from '../../model/mention.js';
import { lastNamed, type SentenceName } from './attribution.js';
import type { Conflict, ConflictValue } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { byOutletsThenValue, mostUsed, newTally, tally, toldAlone, wordValue, type Tally } from './word-value.js';
import data from './data/injuries.json' with { type: 'json' };

const parts: Record<string, string> = data.parts;
const partPattern = Object.keys(parts).join('|');
const side = String.raw`(?:(?:left|right)\s+)?`;
const pattern = new RegExp(
  String.raw`\b(?:(?:${data.verbs.join('|')})\s+(?:his|her|their|a|the)\s+${side}(${partPattern})|(?:${data.adjectives.join('|')})\s+${side}(${partPattern})|${side}(${partPattern})\s+(?:injury|sprain|strain|fracture|bruise))\b`,
  'gi',
);

/** A second part joined to the first: "… his knee and his shoulder". */
const listed = new RegExp(String.raw`^\s*(?:,|and|,\s*and)\s+(?:his|her|their|a|the)?\s*${side}(${partPattern})\b`, 'i');

/** The row for each person whose hurt body part outlets tell differently. */
export function findInjuryConflicts(sentences: Map<string, Sentence>, names: Map<string, SentenceName[]>): Conflict[] {
  const byPerson = new Map<Entity, Map<string, Tally>>();
  for (const sentence of sentences.values()) {
    // The person named last before the words is who was hurt.
    const named = (names.get(sentence.id) ?? []).filter((n) => n.entity.type === 'person');
    if (named.length === 0) continue;
    for (const m of sentence.text.matchAll(pattern)) {
      const at = sentence.start + m.index!;
      const before = named.filter((n) => n.mention.start < at);
      if (before.length === 0) continue;
      const person = lastNamed(before).entity;
      // "hurt his knee and his shoulder": every part of the list is hurt.
      const more = listed.exec(sentence.text.slice(m.index! + m[0].length));
      const told = byPerson.get(person) ?? new Map<string, Tally>();
      const written = [[(m[1] ?? m[2] ?? m[3])!, m[0]], ...(more ? [[more[1]!, more[1]!]] : [])];
      for (const [name, words] of written) {
        const part = name!.toLowerCase();
        const entry = told.get(part) ?? newTally();
        tally(entry, sentence, words!.toLowerCase().replace(/\s+/g, ' '));
        told.set(part, entry);
      }
      byPerson.set(person, told);
    }
  }
  const out: Conflict[] = [];
  for (const [person, told] of [...byPerson].sort((a, b) => (a[0].id < b[0].id ? -1 : 1))) {
    const kept = toldAlone([...told].map(([part, t]) => ({ part, ...t })));
    if (kept.length < 2) continue;
    // One region told at two grains (a knee, a leg) is precision; two regions a contradiction.
    const regions = new Set(kept.map((k) => parts[k.part]));
    // Each part in the outlets' own words, most used first: "sprained his knee / hurt his knee".
    const values: ConflictValue[] = kept.map((k) => wordValue(mostUsed(k.words), k.part, k.articles, k.evidence));
    values.sort(byOutletsThenValue);
    out.push({ id: `c:injury:${person.id}`, topic: `Where ${person.name} was hurt`, kind: regions.size === 1 ? 'precision' : 'contradiction', slot: 'injury', background: false, values });
  }
  return out;
}
