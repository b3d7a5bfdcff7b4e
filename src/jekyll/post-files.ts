/**
 * Where a Jekyll site keeps its posts (issue #11): a `_posts/` folder anywhere in the site, whose parent folders
 * become categories (`news/world/_posts/x.md` is in `news` and `world`; folders inside `_posts` are not), and whose
 * files are posts when their names start with a date (Jekyll's `DATE_FILENAME_MATCHER`): any other file there is
 * ignored by Jekyll, and warned about here.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export const postsFolderName = '_posts';

/** Jekyll 4.3's default `markdown_ext`, plus Broadsheet's `.md`: files converted from markdown. */
export const markdownExtensions: readonly string[] = ['markdown', 'mkdown', 'mkdn', 'mkd', 'md'];

/** Jekyll's `DATE_FILENAME_MATCHER` on a base name: a date, a slug and an extension. */
const datedName = /^(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$/;

export function isDatedPostName(name: string): boolean {
  return datedName.test(name);
}

/** How a post's body is turned into HTML: markdown for Jekyll's markdown extensions, as written for anything else. */
export function bodyFormatOf(name: string): 'markdown' | 'html' {
  const extension = path.posix.extname(name).slice(1).toLowerCase();
  return markdownExtensions.includes(extension) ? 'markdown' : 'html';
}

/** Folders never searched for `_posts`: the output, dependencies, caches and Jekyll's other special folders. */
const neverSearched = (name: string): boolean => name.startsWith('.') || (name.startsWith('_') && name !== postsFolderName) || name === 'node_modules' || name === 'vendor';

/**
 * Every `_posts` folder under `rootReal`, as site paths (`_posts`, `news/_posts`), sorted. Symbolic links are not
 * searched through here (a linked `_posts` itself is found, and the safe walker judges where it leads).
 */
export async function findPostFolders(rootReal: string): Promise<string[]> {
  const found: string[] = [];
  const search = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(rootReal, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const sitePath = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.name === postsFolderName && (entry.isDirectory() || entry.isSymbolicLink())) found.push(sitePath);
      else if (entry.isDirectory() && !neverSearched(entry.name)) await search(sitePath);
    }
  };
  await search('');
  return found;
}

/** The categories a post gets from the folders above its `_posts` folder. */
export function folderCategories(postsFolder: string): string[] {
  return postsFolder.split('/').slice(0, -1).filter((part) => part !== '');
}
