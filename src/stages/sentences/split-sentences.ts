/**
 * Sentence splitting for news English: cleaned text → sentences with spans, paragraph numbers and
 * the heading they sit under. Runs the numbered steps in `steps/` on each paragraph.
 */
import type { Heading, Sentence } from '../../model/text.js';
import { proposeBreaks } from './steps/01-split.js';
import { mergeAbbreviations } from './steps/02-merge-abbreviations.js';
import { mergeInitials } from './steps/03-merge-initials.js';
import { mergeListMarkers } from './steps/04-merge-list-markers.js';
import { mergeContinuations } from './steps/05-merge-continuations.js';
import { mergeQuoteAttributions } from './steps/06-merge-quote-attributions.js';
import { mergeQuotations } from './steps/07-merge-quotations.js';
import { mergeParentheses } from './steps/08-merge-parentheses.js';
import { buildSentenceSpans } from './steps/09-build-sentences.js';

/** The merge steps, in order; each removes the candidate breaks its rule rejects. */
const mergeSteps = [
  mergeAbbreviations,
  mergeInitials,
  mergeListMarkers,
  mergeContinuations,
  mergeQuoteAttributions,
  mergeQuotations,
  mergeParentheses,
];

/** Sentence spans of one paragraph, relative to the paragraph. */
export function splitParagraph(paragraph: string): [number, number][] {
  let breaks = proposeBreaks(paragraph);
  for (const step of mergeSteps) {
    if (breaks.length === 0) break;
    breaks = step(paragraph, breaks);
  }
  return buildSentenceSpans(paragraph, breaks);
}

/**
 * Split an article's cleaned text into sentences. Paragraphs are the lines of `text`; a sentence
 * never crosses one. Heading lines (from `cleanText`) are never sentences; each sentence carries
 * the text of the nearest heading above it. `text.slice(start, end) === sentence.text`.
 */
export function splitSentences(articleId: string, text: string, headings: Heading[]): Sentence[] {
  const sortedHeadings = [...headings].sort((a, b) => a.start - b.start);
  const sentences: Sentence[] = [];
  let h = 0;
  let heading: string | undefined;
  let paragraph = 0;
  for (let start = 0; start <= text.length; paragraph++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let isHeading = false;
    while (h < sortedHeadings.length && sortedHeadings[h].start < end) {
      if (sortedHeadings[h].end > start) isHeading = true;
      heading = sortedHeadings[h++].text;
    }
    if (!isHeading) {
      for (const [from, to] of splitParagraph(text.slice(start, end))) {
        const index = sentences.length;
        sentences.push({
          id: `${articleId}#${index}`,
          article: articleId,
          index,
          start: start + from,
          end: start + to,
          text: text.slice(start + from, start + to),
          paragraph,
          ...(heading === undefined ? {} : { heading }),
        });
      }
    }
    start = end + 1;
  }
  return sentences;
}
