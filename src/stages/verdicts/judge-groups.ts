/**
 * Claim groups → agreements (stated by two or more articles) and unique facts (one article).
 * Sentences with too little content to be a fact ("That was a real conversation," he said.)
 * are not listed as unique facts; they stay in the article view. A lone sentence close to another
 * outlet's is listed only when it carries a name or figure no other outlet gives.
 */
import type { ClaimGroup } from '../../model/claim.js';
import type { Agreement, Unique } from '../../model/report.js';
import { evidenceOf } from './find-conflicts.js';

/** Options of judgeGroups. */
export interface JudgeOptions {
  /** Content words a lone sentence needs to be listed as a unique fact. Default 5. */
  minUniqueTerms: number;
  /**
   * A lone sentence this similar to another outlet's sentence is not listed as reported by one
   * source only: the other outlet may well say it in other words. Default 0.3.
   */
  maxUniqueNearness: number;
  /**
   * Names or figures a lone sentence must have that no other article gives, for it to be listed
   * although another outlet's sentence is near it. Default 1.
   */
  minOwnTerms: number;
}

/** Split groups into agreements and unique facts; `sourceOf` maps an article to its independent-source id. */
export function judgeGroups(
  groups: ClaimGroup[],
  sourceOf: (article: string) => string,
  options: Partial<JudgeOptions> = {},
): { agreements: Agreement[]; unique: Unique[] } {
  const minTerms = options.minUniqueTerms ?? 5;
  const maxNear = options.maxUniqueNearness ?? 0.3;
  const minOwn = options.minOwnTerms ?? 1;
  // Which articles give each name and figure: a lone sentence near another outlet's may still
  // carry one no other outlet gives ("licence plate BEY 0843", "Fulcrum Microsystems"). Common
  // words do not count: outlets word one fact differently.
  const keyTerms = (c: ClaimGroup['claims'][number]) => [...c.entities, ...c.tokens.filter((t) => /\d/.test(t))];
  const usedBy = new Map<string, Set<string>>();
  for (const g of groups) for (const c of g.claims) for (const t of keyTerms(c)) {
    const set = usedBy.get(t) ?? new Set<string>();
    set.add(c.article);
    usedBy.set(t, set);
  }
  const ownTerms = (claim: ClaimGroup['claims'][number]) => new Set(keyTerms(claim).filter((t) => usedBy.get(t)!.size === 1)).size;
  const agreements: Agreement[] = [];
  const unique: Unique[] = [];
  for (const g of groups) {
    if (g.articles.length >= 2) {
      agreements.push({
        id: g.id,
        statement: g.representative.sentence.text,
        articles: g.articles,
        independentSources: new Set(g.articles.map(sourceOf)).size,
        evidence: g.claims.map(evidenceOf),
      });
    } else if ((g.nearest < maxNear || ownTerms(g.claims[0]!) >= minOwn) && g.claims[0]!.tokens.length + g.claims[0]!.entities.length >= minTerms) {
      const claim = g.claims[0]!;
      unique.push({ id: g.id, statement: claim.sentence.text, article: claim.article, evidence: [evidenceOf(claim)] });
    }
  }
  // Most widely reported first; ties in order of first appearance.
  agreements.sort((a, b) => b.independentSources - a.independentSources || b.articles.length - a.articles.length);
  return { agreements, unique };
}
