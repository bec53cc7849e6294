/**
 * Sentences → claims: each kept sentence with its content tokens, entity ids and facts.
 */
import type { Claim } from '../../model/claim.js';
import type { Fact } from '../../model/fact.js';
import type { Sentence } from '../../model/text.js';
import { contentTokens } from './tokenize.js';

/** Build one claim per sentence. `entitiesBySentence` and `factsBySentence` are keyed by sentence id. */
export function buildClaims(
  sentences: Sentence[],
  entitiesBySentence: Map<string, string[]>,
  factsBySentence: Map<string, Fact[]>,
): Claim[] {
  return sentences.map((sentence) => ({
    id: sentence.id,
    article: sentence.article,
    start: sentence.start,
    end: sentence.end,
    sentence,
    tokens: contentTokens(sentence.text),
    entities: [...new Set(entitiesBySentence.get(sentence.id) ?? [])].sort(),
    facts: factsBySentence.get(sentence.id) ?? [],
  }));
}
