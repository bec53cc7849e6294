/**
 * Opposite judgements of one state: "Police inspector Dave Gaskin said Mr Buckley was well
 * equipped" against "it appeared the group was insufficiently equipped and experienced for the
 * climb". A contradiction row per participle ("equipped", "trained", "prepared") when some outlets
 * judge it well and others badly, each side with an outlet of its own. An outlet that uses both
 * judgements of one participle speaks of two things ("a well-armed army against ill-armed
 * rebels"), so the story gets no row for it. Word lists in data/polarity-words.json.
 */
import type { Conflict, ConflictValue } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { byOutletsThenValue, mostUsed, newTally, tally, wordValue, type Tally } from './word-value.js';
import data from './data/polarity-words.json' with { type: 'json' };

const positive = new Set(data.positive);
const pattern = new RegExp(`\\b(not\\s+)?(${[...data.positive, ...data.negative].join('|')})["“”'’]?[\\s-]+["“”'’]?(${data.participles.join('|')})\\b`, 'gi');

/** Each judged participle a sentence gives: side and the words as written ("ill-equipped"). */
function judgementsIn(text: string): { participle: string; side: 'well' | 'badly'; words: string }[] {
  const out: { participle: string; side: 'well' | 'badly'; words: string }[] = [];
  for (const m of text.matchAll(pattern)) {
    const good = positive.has(m[2]!.toLowerCase()) !== Boolean(m[1]);
    out.push({ participle: m[3]!.toLowerCase(), side: good ? 'well' : 'badly', words: m[0].toLowerCase().replace(/["“”'’]/g, '').replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ') });
  }
  return out;
}

/** Rows for states judged well by some outlets and badly by others. */
export function findPolarityConflicts(sentences: Map<string, Sentence>): Conflict[] {
  const byParticiple = new Map<string, Map<'well' | 'badly', Tally>>();
  for (const sentence of sentences.values()) {
    for (const j of judgementsIn(sentence.text)) {
      const sides = byParticiple.get(j.participle) ?? new Map<'well' | 'badly', Tally>();
      const side = sides.get(j.side) ?? newTally();
      tally(side, sentence, j.words);
      sides.set(j.side, side);
      byParticiple.set(j.participle, sides);
    }
  }
  const out: Conflict[] = [];
  for (const participle of [...byParticiple.keys()].sort()) {
    const sides = byParticiple.get(participle)!;
    const well = sides.get('well');
    const badly = sides.get('badly');
    if (!well || !badly) continue;
    if ([...well.articles].some((a) => badly.articles.has(a))) continue;
    const values: ConflictValue[] = [well, badly].map((side, i) => wordValue(mostUsed(side.words), i === 0 ? `well ${participle}` : `badly ${participle}`, side.articles, side.evidence));
    values.sort(byOutletsThenValue);
    out.push({ id: `c:polarity:${participle}`, topic: `How well ${participle}`, kind: 'contradiction', slot: 'polarity', background: false, values });
  }
  return out;
}
