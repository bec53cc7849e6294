/**
 * States that exclude each other, told both ways by different outlets: "Federal agents once found
 * him standing naked in a shower" against "… found him standing under the shower, fully clothed".
 * A contradiction row per kind of state (dress, consciousness, sobriety) when each side has an
 * outlet of its own. A state counts only after a verb of being or finding ("was", "found him
 * standing", "lay"), so "the naked eye" says nothing; an outlet telling both sides speaks of two
 * people or two times, and the story gets no row. Word lists in data/opposite-states.json.
 */
import type { Conflict, ConflictValue } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { alternationOf } from '../../escape-regexp.js';
import { mostUsed, newTally, tally, wordValue } from './word-value.js';
import data from './data/opposite-states.json' with { type: 'json' };

const before = new RegExp(data.before, 'i');
const states = data.states.map((s) => ({
  topic: s.topic,
  sides: s.sides.map((words) => new RegExp(`\\b(?:${alternationOf(words).replace(/ /g, '\\s+')})\\b`, 'gi')),
}));

/** The row for each kind of state some outlets tell one way and others the other. */
export function findOppositeStateConflicts(sentences: Map<string, Sentence>): Conflict[] {
  const out: Conflict[] = [];
  states.forEach((state, k) => {
    const sides = state.sides.map(newTally);
    for (const sentence of sentences.values()) {
      state.sides.forEach((pattern, i) => {
        for (const m of sentence.text.matchAll(pattern)) {
          // After a verb of being or finding: "was not drunk" is not read as drunk ("not" is no such
          // verb), and the sober side lists "not drunk" as its own words.
          if (!before.test(sentence.text.slice(Math.max(0, m.index! - 60), m.index!))) continue;
          tally(sides[i]!, sentence, m[0].toLowerCase().replace(/\s+/g, ' '));
        }
      });
    }
    const [a, b] = sides as [(typeof sides)[number], (typeof sides)[number]];
    if (a.articles.size === 0 || b.articles.size === 0) return;
    if ([...a.articles].some((x) => b.articles.has(x))) return;
    const values: ConflictValue[] = sides.map((s, i) => wordValue(mostUsed(s.words), `${data.states[k]!.sides[i]![0]}`, s.articles, s.evidence));
    out.push({ id: `c:state:${k}`, topic: state.topic, kind: 'contradiction', slot: 'state', background: false, values });
  });
  return out;
}
