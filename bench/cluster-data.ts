/**
 * Loaders for the story-clustering bench: labelled articles from `../shared` (read at run time,
 * never copied). Each returns articles with a gold story label, or null when the file is absent.
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from './shared-data.js';

/** An article with the story it truly belongs to. */
export interface LabelledArticle {
  id: string;
  title?: string;
  text: string;
  published?: string | null;
  gold: string;
  /** A wider group of gold stories kept together when the set is split in halves (ECB+: the topic). */
  topic: string;
}

/**
 * Undo the pre-tokenised spacing of ECB+ text, lightly.
 * Example: "Reid 's rep told People ." → "Reid's rep told People."
 */
export function detokenise(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      /^https?\s*:/u.test(line)
        ? line.replace(/\s+/gu, '')
        : line
        .replace(/``\s*/g, '"')
        .replace(/\s*''/g, '"')
        .replace(/ ([,.;:!?%)\]}])/g, '$1')
        .replace(/([([{$]) /g, '$1')
        .replace(/ (['’](?:s|re|ve|ll|d|m|t)\b)/gi, '$1')
        .replace(/ n't\b/g, "n't")
        .replace(/(\w) - (\w)/g, '$1-$2')
        .replace(/(\d) ([.,]) (\d)/g, '$1$2$3'),
    )
    .join('\n');
}

/** ECB+ dev documents; gold = subtopic (two different events of one kind per topic). */
export function loadEcbPlus(): LabelledArticle[] | null {
  const path = sharedPath('data', 'ecbplus-dev.jsonl');
  if (!path) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { doc: string; topic: number; subtopic: string; text: string })
    .map((row) => ({ id: row.doc, text: detokenise(row.text), gold: row.subtopic, topic: String(row.topic) }));
}

/**
 * NeuS validation stories: each line holds 3 outlets' takes (title + opening) on one story,
 * separated by [SEP]; gold = line number.
 */
export function loadNeus(): LabelledArticle[] | null {
  const path = sharedPath('data', 'neus', 'val.source');
  if (!path) return null;
  const out: LabelledArticle[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, lineNo) => {
      if (!line.trim()) return;
      line.split('[SEP]').forEach((part, k) => {
        const m = /TITLE=>\s*(.*?)\s*ARTICLE=>\s*([\s\S]*)$/u.exec(part.trim());
        const title = m ? m[1] : undefined;
        const text = m ? m[2] : part.trim();
        out.push({ id: `neus-${String(lineNo).padStart(4, '0')}-${k}`, title, text, gold: String(lineNo), topic: String(lineNo) });
      });
    });
  return out;
}
