/** The bench's peer: Mozilla Readability 0.6 on jsdom (devDependencies, used only here). */
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

/** Readability's `textContent` for one page ("" when it finds no article or throws). */
export function extractWithReadability(html: string, url: string): string {
  try {
    // A silent virtual console: jsdom's CSS parser complains loudly about real-world stylesheets.
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article?.textContent ?? '';
  } catch {
    return '';
  }
}
