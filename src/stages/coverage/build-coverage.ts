/**
 * Coverage: for each article, which shared claim groups (stated by two or more articles) it
 * carries and which it leaves out.
 */
import type { Agreement, Report } from '../../model/report.js';

/** Build the coverage matrix from agreements. */
export function buildCoverage(agreements: Agreement[], articleIds: string[]): Report['coverage'] {
  const groups = agreements.map((a) => ({ id: a.id, statement: a.statement, articles: a.articles }));
  const articles = articleIds.map((article) => ({
    article,
    carries: groups.filter((g) => g.articles.includes(article)).map((g) => g.id),
    omits: groups.filter((g) => !g.articles.includes(article)).map((g) => g.id),
  }));
  return { groups, articles };
}
