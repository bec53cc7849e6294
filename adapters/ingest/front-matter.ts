/**
 * YAML front matter of `.txt`/`.md` articles:
 *   ---
 *   title: Quake kills 12
 *   source: Coastwire
 *   ---
 */
import { lazyPackage } from '../../src/lazy-package.js';

/**
 * The YAML parser, loaded on the first file that has front matter: most inputs have none, and
 * loading it costs every CLI start about 40 ms of CPU (yaml ships CommonJS, so require works).
 */
const yaml = lazyPackage<typeof import('yaml')>('yaml');

/** The front matter block and the body after it. */
export interface FrontMatter {
  /** Parsed fields, or null when the file has none. */
  fields: Record<string, unknown> | null;
  body: string;
  /** Offset of the body in the input. */
  bodyStart: number;
  /** Set when a block was found but did not parse as a YAML mapping. */
  error?: string;
}

const block = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Split a text file into front matter fields and body. */
export function readFrontMatter(text: string): FrontMatter {
  const match = block.exec(text);
  if (!match) return { fields: null, body: text, bodyStart: 0 };
  const bodyStart = match[0].length;
  const body = text.slice(bodyStart);
  try {
    const parsed: unknown = yaml().parse(match[1]!, { schema: 'core', maxAliasCount: 10 });
    if (parsed === null || parsed === undefined) return { fields: {}, body, bodyStart };
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
      return { fields: null, body, bodyStart, error: 'front matter is not a mapping of fields' };
    }
    const fields: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
      // YAML turns bare dates into Date objects; the article model wants ISO strings.
      fields[k] = v instanceof Date ? v.toISOString() : v;
    }
    return { fields, body, bodyStart };
  } catch (error) {
    return { fields: null, body, bodyStart, error: (error as Error).message.split('\n')[0] };
  }
}
