/** File discovery for HTML input: folders are walked recursively for .html, .htm, .xhtml and .html.gz files. */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';

/** File names the extractor reads from folders. */
const htmlFile = /\.(?:html?|xhtml)(?:\.gz)?$/i;

/** An input path that could not be listed, with the reason. */
export interface ListProblem {
  path: string;
  message: string;
}

/**
 * Expand paths (relative to `cwd`) into HTML files: files are kept as given (whatever their name),
 * folders are walked in name order, following each real folder once (symlink loops end).
 */
export async function listHtmlFiles(paths: string[], cwd: string): Promise<{ files: string[]; problems: ListProblem[] }> {
  const files: string[] = [];
  const problems: ListProblem[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let info;
    try {
      info = await stat(abs);
    } catch (error) {
      problems.push({ path: p, message: (error as Error).message });
      continue;
    }
    if (!info.isDirectory()) {
      files.push(abs);
      continue;
    }
    // Iterative walk: a stack of folders, children pushed in reverse so output stays in name order.
    const stack = [abs];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      const real = await realpath(dir).catch(() => dir);
      if (seen.has(real)) continue;
      seen.add(real);
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (error) {
        problems.push({ path: dir, message: (error as Error).message });
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const subdirs: string[] = [];
      for (const e of entries) {
        const full = join(dir, e.name);
        let isDir = e.isDirectory();
        let isFile = e.isFile();
        if (e.isSymbolicLink()) {
          const target = await stat(full).catch(() => null);
          isDir = !!target?.isDirectory();
          isFile = !!target?.isFile();
        }
        if (isDir) subdirs.push(full);
        else if (isFile && htmlFile.test(e.name)) files.push(full);
      }
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
    }
  }
  return { files, problems };
}

/** "pages/story.html.gz" → "story"; "a.b.htm" → "a.b": the file name without its HTML (and gzip) extension. */
export function htmlFileId(path: string): string {
  const name = basename(path);
  const stripped = name.replace(/\.gz$/i, '').replace(/\.(?:html?|xhtml)$/i, '');
  return stripped || name;
}
