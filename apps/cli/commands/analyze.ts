/**
 * `parallax analyze <paths…> [--format json|md|html] [--out FILE] [--summary-words N]`:
 * the articles of one story in, the brief out (JSON on stdout by default).
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticles } from '../../../adapters/ingest/read-articles.js';
import { analyze } from '../../../src/pipeline.js';
import { renderReport, reportFormats, type ReportFormat } from '../../../src/report/render-report.js';
import { ParallaxError, issueCodes } from '../../../src/model/errors.js';
import type { Report } from '../../../src/model/report.js';
import { writeLine, type CliIo, type Command } from '../command.js';

/** Parse `--summary-words`: a whole number from 10 to 10,000. */
export function parseSummaryWords(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 10 || n > 10000) {
    throw new ParallaxError(issueCodes.INVALID_OPTION, `--summary-words takes a whole number from 10 to 10000, got "${value}"`);
  }
  return n;
}

/** Parse `--format` against the report formats. */
export function parseFormat(value: string | undefined): ReportFormat {
  const format = (value ?? 'json') as ReportFormat;
  if (!reportFormats.includes(format)) {
    throw new ParallaxError(issueCodes.INVALID_OPTION, `--format must be one of ${reportFormats.join(', ')}, got "${value}"`);
  }
  return format;
}

/** Whether any article of the report is usable (has sentences). */
export function hasUsableArticle(report: Report): boolean {
  return report.articles.some((a) => a.words > 0);
}

/** Print the report or write it to a file; returns the exit code. */
export async function emitReport(report: Report, format: ReportFormat, out: string | undefined, io: CliIo): Promise<number> {
  const text = renderReport(report, format);
  if (out) {
    const path = resolve(io.cwd, out);
    await writeFile(path, text);
    writeLine(io.stderr, `parallax: wrote ${format} report to ${path}`);
  } else {
    io.stdout.write(text);
  }
  if (!hasUsableArticle(report)) {
    const why = report.issues.length ? report.issues.map((i) => i.code).filter((c, i, all) => all.indexOf(c) === i).join(', ') : 'no input';
    writeLine(io.stderr, `parallax: no usable article (${why}); see the report's issues`);
    return 1;
  }
  return 0;
}

export const analyzeCommand: Command = {
  name: 'analyze',
  usage: `Usage: parallax analyze <paths…> [options]

Paths are files or folders (read recursively): .txt/.md (optional YAML front matter),
.json (an article or an array), .jsonl (one article a line), .html/.htm; "-" reads JSON Lines
from stdin.

Options:
  --format json|md|html   report format (default json)
  --out FILE              write the report to FILE instead of stdout
  --summary-words N       word budget of the summary (default 120)`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        'summary-words': { type: 'string' },
      },
    });
    const format = parseFormat(values.format);
    const summaryWords = parseSummaryWords(values['summary-words']);
    if (positionals.length === 0) {
      throw new ParallaxError(issueCodes.INVALID_OPTION, 'no input: give files, folders, or "-" for JSON Lines on stdin');
    }
    const read = await readArticles(positionals, { cwd: io.cwd, stdin: io.stdin });
    const report = await analyze(read.articles, { summaryWords, inputIssues: read.issues });
    return emitReport(report, format, values.out, io);
  },
};
