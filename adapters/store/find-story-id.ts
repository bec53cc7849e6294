/** Resolve a story id a user typed: exact, or a unique prefix ("3fa9" finds "s:3fa9…"). */
import { ParallaxError, issueCodes } from '../../src/model/errors.js';
import type { Store } from './store.js';

/** The story an id names; throws STORY_NOT_FOUND or, for a shared prefix, INVALID_OPTION. */
export async function findStoryId(store: Store, id: string): Promise<string> {
  if (await store.getStory(id)) return id;
  const matches = (await store.listStories()).filter((s) => s.id.startsWith(id) || s.id.startsWith(`s:${id}`));
  if (matches.length === 1) return matches[0].id;
  if (matches.length > 1) throw new ParallaxError(issueCodes.INVALID_OPTION, `story id "${id}" is ambiguous: ${matches.slice(0, 5).map((s) => s.id).join(', ')}…`);
  throw new ParallaxError('STORY_NOT_FOUND', `no story "${id}"; run \`parallax stories\` for the list`);
}
