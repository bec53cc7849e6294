/**
 * The NeuS stream for the clustering bench: every NeuS story (train and val, one line = one story
 * told by three outlets) shuffled once, cut into slices of 500 stories, each slice one batch.
 * Undated, as a stream scraped without dates arrives; or dated, every article on its story's day
 * (stories spread over half a year), as a dated feed gives them.
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from './shared-data.js';
import { makeRandom } from './random.js';
import type { LabelledArticle } from './cluster-data.js';

/** Stories per slice. */
export const sliceStories = 500;

/** Days the dated stories are spread over (half a year). */
const spreadDays = 182;

/** The three takes of every story of one NeuS .source file; gold = `${prefix}-${line}`. */
export function readNeusFile(path: string, prefix: string): LabelledArticle[][] {
  const stories: LabelledArticle[][] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, lineNo) => {
    if (!line.trim()) return;
    const gold = `${prefix}-${lineNo}`;
    stories.push(line.split('[SEP]').map((part, k) => {
      const m = /TITLE=>\s*(.*?)\s*ARTICLE=>\s*([\s\S]*)$/u.exec(part.trim());
      return { id: `neus-${gold}-${k}`, title: m ? m[1] : undefined, text: m ? m[2] : part.trim(), gold, topic: gold };
    }));
  });
  return stories;
}

/** The three takes of every NeuS story (train, then val), gold = its file and line; null when ../shared is absent. */
function loadNeusStories(): LabelledArticle[][] | null {
  const paths = [sharedPath('data', 'neus', 'train.source'), sharedPath('data', 'neus', 'val.source')];
  if (paths.some((p) => !p)) return null;
  return paths.flatMap((path, file) => readNeusFile(path!, String(file)));
}

/**
 * Stories shuffled with the bench PRNG (Fisher–Yates, fixed `seed`) and cut into slices of
 * `sliceStories` (the remainder left out); dated slices put every article on its story's day,
 * spread over half a year.
 */
export function shuffleIntoSlices(stories: LabelledArticle[][], seed: number, dated: boolean): LabelledArticle[][] {
  const random = makeRandom(seed);
  for (let i = stories.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [stories[i], stories[j]] = [stories[j], stories[i]];
  }
  const start = Date.parse('2020-01-01T00:00:00Z');
  const slices: LabelledArticle[][] = [];
  for (let s = 0; s + sliceStories <= stories.length; s += sliceStories) {
    slices.push(stories.slice(s, s + sliceStories).flatMap((story) => {
      const day = new Date(start + Math.floor(random() * spreadDays) * 86_400_000).toISOString().slice(0, 10);
      return story.map((a) => ({ ...a, published: dated ? day : null }));
    }));
  }
  return slices;
}

/**
 * Slices of `sliceStories` shuffled stories (the remainder left out), undated or dated by
 * story; the same slices on every run (fixed seed). Null when ../shared is absent.
 */
export function loadNeusSlices(dated: boolean): LabelledArticle[][] | null {
  const stories = loadNeusStories();
  return stories ? shuffleIntoSlices(stories, 2759, dated) : null;
}
