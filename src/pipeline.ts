/**
 * The ordered stages of Parallax: articles in → cleaned text → sentences → mentions and
 * entities → facts → claims → claim groups across sources → verdicts (agree / conflict /
 * unique) → quotes, timeline, summary, coverage → report. Pure: no IO, no clock.
 */
import type { ArticleInput } from './model/article.js';
import type { Claim } from './model/claim.js';
import { issueCodes } from './model/errors.js';
import type { Fact } from './model/fact.js';
import { resolveOptions, type AnalyzeOptions } from './model/options.js';
import type { Report, ReportIssue } from './model/report.js';
import { schemaVersion } from './model/schema-version.js';
import type { Dropped, Heading, Sentence } from './model/text.js';
import { version } from './version.js';
import { prepareArticles, type PreparedArticle } from './stages/articles/prepare-articles.js';
import { normalizeText } from './stages/text/index.js';
import { cleanText } from './stages/text/index.js';
import { splitSentences, dropRepeatedSentences } from './stages/sentences/index.js';
import { findMentions, resolveEntities, entityIndex } from './stages/entities/index.js';
import { findStoryFacts, storyReference } from './stages/claims/find-story-facts.js';
import { buildClaims } from './stages/claims/build-claims.js';
import { alignClaims } from './stages/claim-groups/align-claims.js';
import { judgeGroups } from './stages/verdicts/judge-groups.js';
import { findConflicts } from './stages/verdicts/find-conflicts.js';
import { findRoleConflicts } from './stages/verdicts/find-role-conflicts.js';
import { findOfficeConflicts } from './stages/verdicts/find-office-conflicts.js';
import { findArticleCountConflicts } from './stages/verdicts/find-article-count-conflicts.js';
import { findColourConflicts } from './stages/verdicts/find-colour-conflicts.js';
import { findWordRows } from './stages/verdicts/find-word-rows.js';
import { withoutDisputed } from './stages/verdicts/without-disputed.js';
import { linkQuotes } from './stages/quote-groups/link-quotes.js';
import { quoteConflicts } from './stages/quote-groups/quote-conflicts.js';
import { buildTimeline } from './stages/timeline/build-timeline.js';
import { summarize } from './stages/summary/index.js';
import { buildCoverage } from './stages/coverage/build-coverage.js';
import { describeDifferences } from './stages/differences/describe-differences.js';
import { findDuplicates } from './stages/duplicates/index.js';
import { chooseStoryTitle } from './stages/titles/choose-story-title.js';
import { articleLabels } from './report/labels.js';

/** One article after the text stages. */
interface TextedArticle extends PreparedArticle {
  cleaned: string;
  headings: Heading[];
  sentences: Sentence[];
  dropped: Dropped[];
}

/**
 * Analyse the articles of one story and build its report.
 * Accepts validated `ArticleInput`s (from readArticles) or raw objects, which are validated here.
 */
export async function analyze(input: readonly (ArticleInput | unknown)[], options: Partial<AnalyzeOptions> = {}): Promise<Report> {
  return analyzeSync(input, options);
}

/**
 * Steps 1–6 of the pipeline: the story read into sentences, entities, facts, claims, claim
 * groups and copies. analyzeSync builds the report from it; the conflict model's training
 * script (scripts/train-conflicts.ts) reads the same state, so it fits exactly what runs.
 */
export function readStory(input: readonly (ArticleInput | unknown)[], options: Partial<AnalyzeOptions> = {}) {
  const opts = resolveOptions(options);
  const issues: ReportIssue[] = [...opts.inputIssues];

  // 1. Articles: validated, HTML extracted, metadata normalised.
  const prepared = prepareArticles(input, issues);

  // 2. Text: normalise, clean, split into sentences, drop repeats.
  const articles: TextedArticle[] = prepared.map((article) => {
    const normal = normalizeText(article.text);
    if (normal.repairs.some((r) => r === 'mojibake' || r === 'control-chars')) {
      issues.push({ code: issueCodes.INPUT_ENCODING, article: article.id, message: `"${article.id}": repaired ${normal.repairs.join(', ')}`, value: normal.repairs.join(',') });
    }
    const cleaned = cleanText(article.id, normal.text, { title: article.title });
    const split = splitSentences(article.id, cleaned.text, cleaned.headings);
    const { kept, dropped } = dropRepeatedSentences(split);
    if (kept.length === 0) {
      issues.push({ code: issueCodes.INPUT_EMPTY, article: article.id, message: `"${article.id}": no sentences left after cleaning`, value: article.origin ?? article.id });
    }
    return { ...article, cleaned: cleaned.text, headings: cleaned.headings, sentences: kept, dropped: [...cleaned.dropped, ...dropped] };
  });
  const articleOrder = articles.map((a) => a.id);
  const sentences = articles.flatMap((a) => a.sentences);
  const sentenceById = new Map(sentences.map((s) => [s.id, s]));

  // 3. Entities across the story.
  const mentions = findMentions(sentences);
  const entities = resolveEntities(mentions);
  const entitiesBySentence = entityIndex(entities);

  // 4. Facts, with dates resolved against each article's date or the date the story agrees on.
  const dated = articles.map((a) => ({ id: a.id, published: a.published, sentences: a.sentences }));
  // The story's own day: what undated articles' relative dates resolve against, and what tells
  // background facts from the story's. Inferred once, only when an article has no date.
  const storyDate = storyReference(dated);
  const factsBySentence: Map<string, Fact[]> = findStoryFacts(dated, storyDate);

  // 5. Claims and groups across articles.
  const claims: Claim[] = buildClaims(sentences, entitiesBySentence, factsBySentence);
  const { groups, index } = alignClaims(claims);
  const groupOf = new Map<string, string>();
  for (const g of groups) for (const c of g.claims) groupOf.set(c.id, g.id);

  // 6. Independent sources: copies of one another count once.
  const copyOf = new Map<string, string>();
  for (const group of findDuplicates(articles.map((a) => ({ id: a.id, text: a.cleaned })))) {
    const [original, ...copies] = [...group].sort((x, y) => articleOrder.indexOf(x) - articleOrder.indexOf(y));
    for (const c of copies) copyOf.set(c, original!);
  }
  const sourceOf = (article: string) => copyOf.get(article) ?? article;
  const published = new Map(articles.map((a) => [a.id, a.published]));
  return { opts, issues, articles, articleOrder, sentences, sentenceById, mentions, entities, entitiesBySentence, claims, groups, index, groupOf, copyOf, sourceOf, published, storyDate };
}

/** The synchronous form of analyze, for benchmarks and callers that cannot await. */
export function analyzeSync(input: readonly (ArticleInput | unknown)[], options: Partial<AnalyzeOptions> = {}): Report {
  const { opts, issues, articles, articleOrder, sentences, sentenceById, mentions, entities, claims, groups, index, groupOf, copyOf, sourceOf, published, storyDate } = readStory(input, options);

  // 7. Verdicts.
  const judged = judgeGroups(groups, sourceOf);
  const conflicts = [
    ...findConflicts({ claims, index, groupOf, entities, published, articleOrder, storyDate }),
    ...findRoleConflicts(entities, sentenceById),
    ...findOfficeConflicts(entities, sentenceById),
    ...findColourConflicts(sentenceById),
  ];
  conflicts.push(...findArticleCountConflicts(claims, index, groupOf, conflicts));
  const agreements = withoutDisputed(judged.agreements, conflicts, sourceOf);
  // Rows told in words come after: their values are each article's tellings (a weapon, a place,
  // a cause), so one sentence ("police seized a shotgun") does not stand on one side, and
  // agreements about it stay.
  conflicts.push(...findWordRows(entities, sentenceById));
  const unique = judged.unique;

  // 8. Quotes, timeline, summary, differences, coverage.
  const quotes = linkQuotes(sentences, mentions, entities, (sentence) => groupOf.get(sentence));
  // Who said what: the same words credited to different speakers are a row of the conflict table too.
  conflicts.push(...quoteConflicts(quotes, entities));
  const timeline = buildTimeline(groups, conflicts);
  const support = new Map<string, string[]>();
  for (const g of groups) for (const c of g.claims) support.set(c.id, g.articles);
  const picks = summarize(
    { sentences, articleOrder, support, titles: new Map(articles.map((a) => [a.id, a.title])) },
    { words: opts.summaryWords },
  );
  const summary = picks.map((p) => ({
    text: p.sentence.text,
    article: p.sentence.article,
    start: p.sentence.start,
    end: p.sentence.end,
    supportedBy: [...new Set([p.sentence.article, ...p.supportedBy])].sort(),
  }));

  const report: Report = {
    schemaVersion,
    generator: { name: 'parallax', version },
    generatedAt: opts.generatedAt,
    title: chooseStoryTitle(articles.map((a) => ({ id: a.id, title: a.title })), agreements[0]?.statement ?? ''),
    articles: articles.map((a) => ({
      id: a.id,
      source: a.source,
      title: a.title,
      url: a.url,
      published: a.published,
      words: a.sentences.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0),
      language: a.language,
      ...(opts.includeText ? { text: a.cleaned } : {}),
      copyOf: copyOf.get(a.id) ?? null,
    })),
    entities: entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      variants: e.variants,
      forms: e.forms,
      articles: e.articles,
      roles: e.roles,
      mentions: e.mentions.length,
    })),
    headings: articles.flatMap((a) => a.headings.map((h) => ({ article: a.id, text: h.text, start: h.start, end: h.end }))),
    agreements,
    conflicts,
    unique,
    quotes,
    timeline,
    summary,
    differences: [],
    coverage: buildCoverage(agreements, articleOrder),
    dropped: articles.flatMap((a) => a.dropped.map((d) => ({ article: d.article, text: d.text, reason: d.reason }))),
    issues,
  };
  const labels = articleLabels(report);
  report.differences = describeDifferences(conflicts, unique, (id) => labels.get(id) ?? id);
  if (!report.articles.some((a) => a.words > 0)) {
    issues.push({ code: issueCodes.NO_USABLE_ARTICLES, message: articles.length ? 'no article has any sentence left after cleaning' : 'no readable article in the input' });
  }
  return report;
}

