/** The articles of the paste-or-upload form: pasted texts (with their outlet) and uploaded files. */
import { readArticleBytes } from '../../adapters/ingest/read-articles.js';
import type { ArticleInput } from '../../src/model/article.js';
import type { ReportIssue } from '../../src/model/report.js';
import { ApiError } from './api-error.js';
import { pasteSlots } from './pages/analyze-page.js';
import { mediaTypeOf, readUploadedFile, type RequestArticles } from './read-request-articles.js';

/** Read the form fields text1…textN / source1…sourceN and every file part. */
export async function readFormArticles(request: Request): Promise<RequestArticles> {
  const type = mediaTypeOf(request.headers.get('content-type') ?? undefined);
  if (type !== 'multipart/form-data' && type !== 'application/x-www-form-urlencoded') {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', `the form must be sent as multipart/form-data, not "${type || '(none)'}"`);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch (error) {
    throw new ApiError(400, 'INVALID_BODY', `the form does not parse: ${(error as Error).message}`);
  }
  const issues: ReportIssue[] = [];
  const articles: ArticleInput[] = [];
  for (let n = 1; n <= pasteSlots; n++) {
    const text = form.get(`text${n}`);
    if (typeof text !== 'string' || !text.trim()) continue;
    const source = form.get(`source${n}`);
    for (const a of readArticleBytes(new TextEncoder().encode(text), '.txt', `pasted-${n}`, `article ${n}`, issues)) {
      articles.push(typeof source === 'string' && source.trim() ? { ...a, source: source.trim() } : a);
    }
  }
  for (const value of form.getAll('files')) {
    // an empty file input still sends one part with no name and no bytes
    if (typeof value !== 'string' && (value.size > 0 || value.name)) articles.push(...(await readUploadedFile(value, issues)));
  }
  return { articles, issues };
}
