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

/** The three takes of every NeuS story (train, then val), gold = its file and line; null when ../shared is absent. */
function loadNeusStories(): LabelledArticle[][] | null {
  const paths = [sharedPath('data', 'neus', 'train.source'), sharedPath('data', 'neus', 'val.source')];
  if (paths.some((p) => !p)) return null;
  const stories: LabelledArticle[][] = [];
  paths.forEach((path, file) => {
    readFileSync(path!, 'utf8').split('\n').forEach((line, lineNo) => {
      if (!line.trim()) return;
      const gold = `${file}-${lineNo}`;
      stories.push(line.split('[SEP]').map((part, k) => {
        const m = /TITLE=>\s*(.*?)\s*ARTICLE=>\s*([\s\S]*)$/u.exec(part.trim());
        return { id: `neus-${gold}-${k}`, title: m ? m[1] : undefined, text: m ? m[2] : part.trim(), gold, topic: gold };
      }));
    });
  });
  return stories;
}

/**
 * Slices of `sliceStories` shuffled stories (the remainder left out), undated or dated by
 * story; the same slices on every run (fixed seed). Null when ../shared is absent.
 */
export function loadNeusSlices(dated: boolean): LabelledArticle[][] | null {
  const stories = loadNeusStories();
  if (!stories) return null;
  const random = makeRandom(2759);
  // Fisher–Yates with the bench PRNG
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
