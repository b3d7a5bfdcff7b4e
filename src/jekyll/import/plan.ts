/**
 * What `npm run import` copies from a Jekyll site and what it leaves out (issue #12), decided from what the walks
 * found (gather.ts). Everything keeps its path: the folders above a `_posts/` give its posts their categories, and
 * every link into the site keeps working. Pure: takes site paths and real paths, returns the copies and the counts.
 */
import type { WalkedFile } from '../../files/walk.ts';

/** The folders copied whole, at the site root; `_posts/` folders are copied wherever they are. */
export const copiedFolders = ['_drafts', '_includes', '_data'] as const;

export interface SiteInventory {
  /** Every `_posts` folder, as site paths (`_posts`, `news/_posts`). */
  readonly postFolders: readonly string[];
  /** The files of the folders copied whole (every `_posts/`, `_drafts/`, `_includes/`, `_data/`), dot-files aside. */
  readonly folderFiles: readonly WalkedFile[];
  /** The site paths the build will read as posts, and as drafts with `--drafts`. */
  readonly posts: readonly string[];
  readonly drafts: readonly string[];
  /** The static files Broadsheet publishes (`findStaticFiles`). */
  readonly staticFiles: readonly WalkedFile[];
  /** The other files outside `_` folders: photos under assets/images/ (the image pipeline's), or Jekyll pages. */
  readonly otherFiles: ReadonlyArray<WalkedFile & { readonly frontMatter: boolean }>;
  /** Entries the walks passed over by their names, and whether each is a folder. */
  readonly skipped: ReadonlyArray<{ readonly sitePath: string; readonly folder: boolean }>;
}

export interface Copy {
  /** The real path to read, inside the source site. */
  readonly from: string;
  /** The site path to write. */
  readonly to: string;
}

export interface LeftOut {
  /** What they are and why they stay behind. */
  readonly kind: string;
  /** Site paths, folders ending in `/`. */
  readonly paths: readonly string[];
}

export interface ImportPlan {
  readonly copies: readonly Copy[];
  readonly counts: {
    readonly posts: number;
    readonly drafts: number;
    /** Files in `_posts/` folders that are not posts (undated names, `_` names): copied, and warned about by the build. */
    readonly otherInPostFolders: number;
    readonly staticFiles: number;
    /** Photos under assets/images/: copied at their paths, published through the image pipeline. */
    readonly photos: number;
    readonly includes: number;
    readonly data: number;
  };
  readonly leftOut: readonly LeftOut[];
  /**
   * The site has no `_posts/` at its root, and without `_config.yml` (replaced by broadsheet.json) that is what
   * makes the new folder read as a Jekyll site: the import makes one, holding a `.gitkeep` so git keeps it.
   */
  readonly needsPostsFolder: boolean;
}

const dependencies = new Set(['Gemfile', 'Gemfile.lock', 'gemfiles', 'vendor', 'node_modules', 'package.json', 'package-lock.json']);
const caches = new Set(['_site', '.jekyll-cache', '.jekyll-metadata', '.sass-cache']);

const settingsKind = 'settings (replaced by broadsheet.json)';

/** Each kind of entry left behind, in the report's order: what it is, and which names are of that kind. */
const leftOutKinds: ReadonlyArray<readonly [string, (name: string, sitePath: string) => boolean]> = [
  [settingsKind, (_name, sitePath) => sitePath === '_config.yml'],
  ['Jekyll\'s output and caches', (name) => caches.has(name)],
  ['layouts and styles (Broadsheet\'s layouts are its own)', (name) => name === '_layouts' || name === '_sass'],
  ['dependencies (Ruby gems, Node packages)', (name) => dependencies.has(name)],
  ['dot-files', (name) => name.startsWith('.')],
  ['other Jekyll files (names starting with `_`: plugins, collections, extra configs)', (name) => name.startsWith('_')],
  ['editors\' backup files', (name) => name.startsWith('#') || name.endsWith('~')],
  ['names Broadsheet keeps for itself (posts/ is its folder of posts; site.json)', (name) => name === 'posts' || name === 'site.json'],
];
const pagesKind = 'Jekyll pages (files with front matter; Broadsheet does not build them yet)';
const otherKind = 'other files Broadsheet does not publish';
/** The settings file the import writes; the source's own, if it has one, is replaced. */
const settingsFile = 'broadsheet.json';

const basename = (sitePath: string): string => sitePath.slice(sitePath.lastIndexOf('/') + 1);
const topFolder = (sitePath: string): string => sitePath.split('/')[0] ?? '';

export function planImport(inventory: SiteInventory): ImportPlan {
  const copies = new Map<string, Copy>();
  const add = (file: WalkedFile): void => {
    if (!copies.has(file.sitePath)) copies.set(file.sitePath, { from: file.path, to: file.sitePath });
  };
  let includes = 0;
  let data = 0;
  let inPostFolders = 0;
  for (const file of inventory.folderFiles) {
    add(file);
    const top = topFolder(file.sitePath);
    if (top === '_includes') includes++;
    else if (top === '_data') data++;
    else if (top !== '_drafts') inPostFolders++;
  }
  const staticFiles = inventory.staticFiles.filter((file) => file.sitePath !== settingsFile);
  for (const file of staticFiles) add(file);
  const photos = inventory.otherFiles.filter((file) => !file.frontMatter);
  for (const file of photos) add(file);

  const kept = new Set<string>([...inventory.postFolders, ...copiedFolders]);
  const byKind = new Map<string, string[]>();
  const leave = (kind: string, shown: string): void => {
    const paths = byKind.get(kind) ?? [];
    paths.push(shown);
    byKind.set(kind, paths);
  };
  for (const entry of inventory.skipped) {
    if (kept.has(entry.sitePath)) continue;
    const name = basename(entry.sitePath);
    const kind = leftOutKinds.find(([, matches]) => matches(name, entry.sitePath))?.[0] ?? otherKind;
    leave(kind, entry.folder ? `${entry.sitePath}/` : entry.sitePath);
  }
  if (staticFiles.length < inventory.staticFiles.length) leave(settingsKind, settingsFile);
  for (const file of inventory.otherFiles) if (file.frontMatter) leave(pagesKind, file.sitePath);
  const order = [...leftOutKinds.map(([kind]) => kind), pagesKind, otherKind];
  const leftOut = order.flatMap((kind) => {
    const paths = byKind.get(kind);
    return paths === undefined ? [] : [{ kind, paths: [...new Set(paths)].sort() }];
  });

  return {
    copies: [...copies.values()].sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0)),
    counts: {
      posts: inventory.posts.length,
      drafts: inventory.drafts.length,
      otherInPostFolders: Math.max(0, inPostFolders - inventory.posts.length),
      staticFiles: staticFiles.length,
      photos: photos.length,
      includes,
      data,
    },
    leftOut,
    needsPostsFolder: !inventory.postFolders.includes('_posts'),
  };
}
