/**
 * The report: the public JSON contract. Defined once here as a runtime schema; the TypeScript
 * type and `schema/report.schema.json` are both derived from it (`npm run schema`).
 * Extend it, bump `schemaVersion`, never rename a field silently.
 */
import { z } from 'zod';

/** Version of the report contract. Minor: fields added. Major: fields changed or removed. */
export { schemaVersion } from './schema-version.js';

const id = z.string();
const articleIds = z.array(id);

/** A piece of evidence: exact words of one article's cleaned text. */
export const Evidence = z.object({
  article: id,
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const ReportArticle = z.object({
  id,
  source: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  words: z.number().int().nonnegative(),
  language: z.string(),
  /** Cleaned text; every span in the report indexes into it. Omitted with `includeText: false`. */
  text: z.string().optional(),
  /** Independent-source group: articles copied from one another share a group. */
  copyOf: id.nullable().optional(),
});

export const ReportEntity = z.object({
  id,
  name: z.string(),
  type: z.enum(['person', 'organization', 'place', 'other']),
  variants: z.array(z.string()),
  /** Every written form of the name with the articles that write it ("Intel Corp ." in one, "Intel" in five). */
  forms: z.array(z.object({ text: z.string(), articles: articleIds })),
  articles: articleIds,
  roles: z.array(z.object({ article: id, role: z.string() })),
  mentions: z.number().int().nonnegative(),
});

export const ReportDropped = z.object({
  article: id,
  text: z.string(),
  reason: z.enum(['junk', 'credit', 'caption', 'repeated', 'empty']),
});

export const ReportIssue = z.object({
  code: z.string(),
  article: id.optional(),
  message: z.string(),
  /** The offending value or place (file, line), when there is one. */
  value: z.string().optional(),
});

export const ReportHeading = z.object({ article: id, text: z.string(), start: z.number().int(), end: z.number().int() });

export const Agreement = z.object({
  id,
  statement: z.string(),
  articles: articleIds,
  /** Number of independent sources (copies count once). */
  independentSources: z.number().int().nonnegative(),
  evidence: z.array(Evidence),
});

export const ConflictValue = z.object({
  value: z.string(),
  normalized: z.string(),
  articles: articleIds,
  evidence: z.array(Evidence),
  /** Who the articles credit this value to ("police", "USGS", "Ana Ruiz"), or null when they credit no one. Added in 1.1.0. */
  attributedTo: z.string().nullable(),
  /** Added in 1.1.0. How the value is hedged: exact, about, at-least, more-than, at-most, less-than, up-to (exact for words and titles). */
  qualifier: z.enum(['exact', 'about', 'at-least', 'more-than', 'at-most', 'less-than', 'up-to']),
  /** Added in 1.1.0. The unit as written, lower-case and singular ("foot", "meter", "percent", "clock", "usd"), or null for words and titles. */
  unit: z.string().nullable(),
});

export const Conflict = z.object({
  id,
  topic: z.string(),
  kind: z.enum(['contradiction', 'precision', 'update']),
  /**
   * What kind of slot disagrees. For figures, the fact kind: quantity, duration, date, time, money,
   * percent, ordinal. For words: title, office (one title in two offices), colour, weapon, degree
   * ("almost totally" vs "completely destroyed"), phone, charge (not yet charged vs charged),
   * job-loss (fired vs laid off), speaker (one statement, two speakers), residence and birthplace
   * (a person's home or birthplace), nationality, transfer-destination (where a move from one
   * place was headed), place (one place told as a part and as the whole), death-place (at the
   * scene / on the way to hospital / in hospital), death-cause, offense (an offense told with and
   * without what narrows it), polarity (one state judged well and badly: "well equipped" /
   * "ill-equipped"), injury (where a person was hurt), road-status (roads closed / reopened),
   * identity (a name withheld / given), state (states that exclude each other: naked / fully
   * clothed). New kinds may be added.
   */
  slot: z.string(),
  /** Added in 1.1.0. True when the disputed fact is about an earlier event mentioned in passing (a previous conviction, an older disaster). */
  background: z.boolean(),
  values: z.array(ConflictValue),
});

export const Unique = z.object({
  id,
  statement: z.string(),
  article: id,
  evidence: z.array(Evidence),
});

export const Quote = z.object({
  id,
  speaker: z.string().nullable(),
  speakerEntity: id.nullable(),
  text: z.string(),
  articles: articleIds,
  /** True when the quoted words differ from the other outlets' beyond trimming: a paraphrase in quotation marks. */
  isParaphrase: z.boolean(),
  variants: z.array(z.object({
    article: id,
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    /** `direct`/`partial`: the outlet's words in quotation marks; `reported`: speech without them ("X said that …"). */
    kind: z.enum(['direct', 'partial', 'reported']).optional(),
  })),
  /**
   * Ids of other quotes holding the same words credited to a different speaker: a who-said-what
   * conflict between outlets (`quoteConflicts` turns these into conflict rows). Absent when none.
   */
  speakerConflict: z.array(id).optional(),
});

export const TimelineEntry = z.object({
  date: z.string(),
  text: z.string(),
  articles: articleIds,
  evidence: z.array(Evidence),
});

export const SummaryLine = z.object({
  text: z.string(),
  article: id,
  start: z.number().int(),
  end: z.number().int(),
  supportedBy: articleIds,
});

export const Difference = z.object({
  kind: z.enum(['conflict', 'unique']),
  text: z.string(),
  articles: articleIds,
  ref: id,
});

export const CoverageRow = z.object({
  article: id,
  carries: z.array(id),
  omits: z.array(id),
});

export const Report = z.object({
  schemaVersion: z.string(),
  generator: z.object({ name: z.literal('parallax'), version: z.string() }),
  generatedAt: z.string().nullable(),
  title: z.string(),
  articles: z.array(ReportArticle),
  entities: z.array(ReportEntity),
  headings: z.array(ReportHeading),
  agreements: z.array(Agreement),
  conflicts: z.array(Conflict),
  unique: z.array(Unique),
  quotes: z.array(Quote),
  timeline: z.array(TimelineEntry),
  summary: z.array(SummaryLine),
  differences: z.array(Difference),
  coverage: z.object({
    /** Claim groups carried by two or more independent sources. */
    groups: z.array(z.object({ id, statement: z.string(), articles: articleIds })),
    articles: z.array(CoverageRow),
  }),
  dropped: z.array(ReportDropped),
  issues: z.array(ReportIssue),
});

export type Evidence = z.infer<typeof Evidence>;
export type ReportArticle = z.infer<typeof ReportArticle>;
export type ReportEntity = z.infer<typeof ReportEntity>;
export type ReportIssue = z.infer<typeof ReportIssue>;
export type Agreement = z.infer<typeof Agreement>;
export type Conflict = z.infer<typeof Conflict>;
export type ConflictValue = z.infer<typeof ConflictValue>;
export type Unique = z.infer<typeof Unique>;
export type Quote = z.infer<typeof Quote>;
export type TimelineEntry = z.infer<typeof TimelineEntry>;
export type SummaryLine = z.infer<typeof SummaryLine>;
export type Difference = z.infer<typeof Difference>;
export type Report = z.infer<typeof Report>;
