/**
 * Whether a person has been named: "Police said the person killed was a 63-year-old woman from
 * Warren but would not name her" against "The woman, identified by the police as Madeline
 * Kafoury, died at the scene". An update row per person (the role noun named last before the
 * words: "woman", "suspect"), withheld first, when some outlets withhold the name and others give
 * it, each side with an outlet of its own. "her" stands only for a woman's role, "him" for a man's.
 * Word lists in data/identity-status.json.
 */
import type { Conflict, ConflictValue } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { eachToldAlone, mostUsed, newTally, tally, wordValue, type Tally } from './word-value.js';
import data from './data/identity-status.json' with { type: 'json' };

const withheld = new RegExp(data.withheld, 'g');
const named = new RegExp(data.named, 'g');
const roleWord = new RegExp(`\\b(${data.roles.join('|')})\\b`, 'gi');
const female = new Set(data.female);
const male = new Set(data.male);

/** The role noun named last before `at` that the words can stand for, or null. */
function roleBefore(text: string, at: number, words: string): string | null {
  const roles = [...text.slice(0, at).matchAll(roleWord)].map((m) => m[1]!.toLowerCase());
  const fits = (r: string) => (/\bher\b/i.test(words) ? !male.has(r) : /\bhim\b/i.test(words) ? !female.has(r) : true);
  for (let i = roles.length - 1; i >= 0; i--) if (fits(roles[i]!)) return roles[i]!;
  return null;
}

/** Update rows for people some outlets leave unnamed and others name. */
export function findIdentityConflicts(sentences: Map<string, Sentence>): Conflict[] {
  const byRole = new Map<string, { withheld: Tally; named: Tally }>();
  const add = (role: string, side: 'withheld' | 'named', sentence: Sentence, words: string) => {
    const entry = byRole.get(role) ?? { withheld: newTally(), named: newTally() };
    tally(entry[side], sentence, words);
    byRole.set(role, entry);
  };
  for (const sentence of sentences.values()) {
    for (const m of sentence.text.matchAll(withheld)) {
      const role = roleBefore(sentence.text, m.index!, m[0]);
      if (role) add(role, 'withheld', sentence, m[0].replace(/\s+/g, ' '));
    }
    for (const m of sentence.text.matchAll(named)) {
      const role = roleBefore(sentence.text, m.index!, m[0]);
      if (role) add(role, 'named', sentence, m[0].replace(/\s+/g, ' '));
    }
  }
  const out: Conflict[] = [];
  for (const role of [...byRole.keys()].sort()) {
    const { withheld: w, named: n } = byRole.get(role)!;
    if (!eachToldAlone([w.articles, n.articles])) continue;
    const values: ConflictValue[] = [
      wordValue(mostUsed(w.words), 'withheld', w.articles, w.evidence),
      wordValue(mostUsed(n.words), 'named', n.articles, n.evidence),
    ];
    out.push({ id: `c:identity:${role}`, topic: `Whether the ${role} has been named`, kind: 'update', slot: 'identity', background: false, values });
  }
  return out;
}
