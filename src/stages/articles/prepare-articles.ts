/**
 * Raw or read articles → articles with a body text and normalised metadata: validated,
 * duplicate ids refused (naming both places), HTML bodies extracted, `published` parsed to ISO
 * 8601, `source` defaulting to the URL's host or the id. Problems are pushed to `issues`.
 */
import type { Article, ArticleInput } from '../../model/article.js';
import { issueCodes } from '../../model/errors.js';
import type { ReportIssue } from '../../model/report.js';
import { extractArticle } from '../../../adapters/html/extract-article.js';
import { validateArticle } from './validate-article.js';

/** An article ready for the text stages. */
export type PreparedArticle = Article;

/** Validate and complete the input articles, in input order. */
export function prepareArticles(input: readonly unknown[], issues: ReportIssue[]): PreparedArticle[] {
  const out: PreparedArticle[] = [];
  const origins = new Map<string, string>();
  input.forEach((raw, i) => {
    const origin = (raw as ArticleInput | null)?.origin ?? `article ${i + 1}`;
    const { article, issues: found } = validateArticle(raw, `article-${i + 1}`, origin);
    issues.push(...found);
    if (!article) return;
    const previous = origins.get(article.id);
    if (previous !== undefined) {
      issues.push({ code: issueCodes.DUPLICATE_ID, article: article.id, message: `duplicate article id "${article.id}" in ${origin} and ${previous}; the second is skipped`, value: origin });
      return;
    }
    origins.set(article.id, origin);
    let text = article.text ?? '';
    let title = article.title?.trim() ?? '';
    let published = article.published ?? null;
    let source = article.source?.trim() ?? '';
    let language = article.language?.trim() ?? '';
    if (!article.text && article.html !== undefined) {
      const extracted = extractArticle(article.html, { id: article.id, ...(article.url ? { url: article.url } : {}) });
      if (!extracted.ok) {
        issues.push({ code: extracted.code, article: article.id, message: `${origin}: ${extracted.message}`, value: origin });
        return;
      }
      for (const w of extracted.warnings) issues.push({ code: w.code, article: article.id, message: `${origin}: ${w.message}`, value: origin });
      text = extracted.article.text;
      title ||= extracted.article.title ?? '';
      published ??= extracted.article.published;
      source ||= extracted.article.siteName ?? '';
      language ||= extracted.article.language ?? '';
    }
    out.push({
      id: article.id,
      title,
      source: source || hostOf(article.url) || article.id,
      url: article.url ?? null,
      published: normalisePublished(published, article.id, origin, issues),
      language: language || 'en',
      text,
      origin,
    });
  });
  return out;
}

function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** "2025-03-14", "2025-03-14T07:10:00Z", "Fri, 14 Mar 2025 07:10:00 GMT" → ISO 8601; else an issue and null. */
export function normalisePublished(value: string | null, article: string, origin: string, issues: ReportIssue[]): string | null {
  if (!value || !value.trim()) return null;
  let v = value.trim();
  // A date-time without an offset is read as UTC, so the result never depends on the machine's zone.
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v)) v = v.replace(' ', 'T') + 'Z';
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const t = Date.parse(v + 'T00:00:00Z');
    if (!Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v) return v;
  } else {
    const t = Date.parse(v);
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }
  issues.push({ code: issueCodes.INPUT_INVALID_DATE, article, message: `${origin}: "published" is not a date: "${v.slice(0, 60)}"`, value: v.slice(0, 60) });
  return null;
}
