/**
 * Checks one raw article object at the edge: types of known fields, unknown fields reported,
 * a body present. Problems become issues; only a missing body makes the article unusable.
 */
import { articleFields } from '../../model/article-fields.js';
import type { ArticleInput } from '../../model/article.js';
import { issueCodes } from '../../model/errors.js';
import type { ReportIssue } from '../../model/report.js';

/** Largest article body accepted, in UTF-16 code units (about 10 MB of text). */
export const maxArticleChars = 10 * 1024 * 1024;

const known = new Set<string>([...articleFields, 'origin']);

/** Result of validating one raw article. `article` is absent when it cannot be used. */
export interface ValidatedArticle {
  article?: ArticleInput;
  issues: ReportIssue[];
}

/**
 * Validate a raw value as an article. `fallbackId` is used when it has no `id`
 * (e.g. the file name without extension), `origin` names the place in messages ("a.jsonl:3").
 */
export function validateArticle(raw: unknown, fallbackId: string, origin: string): ValidatedArticle {
  const issues: ReportIssue[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push({
      code: issueCodes.INPUT_INVALID_JSON,
      message: `${origin}: expected an article object, got ${Array.isArray(raw) ? 'an array' : raw === null ? 'null' : typeof raw}`,
      value: origin,
    });
    return { issues };
  }
  const record = raw as Record<string, unknown>;
  let id = fallbackId;
  if (record.id !== undefined) {
    if ((typeof record.id === 'string' && record.id.trim()) || typeof record.id === 'number') id = String(record.id).trim();
    else issues.push(fieldIssue(origin, 'id', record.id, fallbackId));
  }
  const article: ArticleInput = { id, origin: typeof record.origin === 'string' ? record.origin : origin };
  for (const field of ['title', 'source', 'url', 'published', 'language', 'text', 'html'] as const) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string') article[field] = value;
    else if (field === 'published' && typeof value === 'number' && Number.isFinite(value)) article[field] = new Date(value).toISOString();
    else issues.push(fieldIssue(origin, field, value, null, id));
  }
  for (const key of Object.keys(record).sort()) {
    if (!known.has(key)) {
      issues.push({
        code: issueCodes.INPUT_UNKNOWN_FIELD,
        article: id,
        message: `${origin}: unknown field "${key}" ignored`,
        value: key,
      });
    }
  }
  const body = article.text ?? article.html ?? '';
  if (body.length > maxArticleChars) {
    issues.push({
      code: issueCodes.INPUT_TOO_LARGE,
      article: id,
      message: `${origin}: article body of ${body.length} characters is over the ${maxArticleChars} limit`,
      value: String(body.length),
    });
    return { issues };
  }
  if (!body.trim()) {
    issues.push({ code: issueCodes.INPUT_EMPTY, article: id, message: `${origin}: article "${id}" has no text`, value: origin });
    return { issues };
  }
  return { article, issues };
}

function fieldIssue(origin: string, field: string, value: unknown, fallback: string | null, article?: string): ReportIssue {
  const shown = JSON.stringify(value)?.slice(0, 80) ?? String(value);
  return {
    code: issueCodes.INPUT_INVALID_FIELD,
    ...(article ? { article } : {}),
    message: `${origin}: field "${field}" must be a string, got ${shown}${fallback ? `; using "${fallback}"` : '; ignored'}`,
    value: shown,
  };
}
