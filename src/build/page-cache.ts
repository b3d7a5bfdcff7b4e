/**
 * Page fingerprints (issue #14): an incremental build renders only the pages whose inputs changed. A page's
 * fingerprint is a digest of its draft (src/pages/render.ts): the layout and every prop it is given, each post in
 * them by a digest of the whole post, the shared chrome by one digest. What else a layout reads (the generator's
 * code, the settings, the theme, the images) is in the build's layout digest (src/build/build-record.ts), and
 * fingerprints are only compared under the same one. A page is left as it is when the published folder still holds
 * the copy written under the same fingerprint: same size and modification time as recorded then.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PageDraft } from '../pages/render.ts';
import type { TreeFile } from './output-tree.ts';

/** What the last build knew of one published page. */
export interface PageRecord {
  readonly fingerprint: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** Lists at least this long are digested once per object, however many pages hold them. */
const longList = 32;
/** Deeper than this, props are taken to loop back on themselves: such a page is always rendered. */
const maxDepth = 64;

export class PageFingerprints {
  readonly #published: string;
  readonly #previous: ReadonlyMap<string, PageRecord>;
  /** This build's fingerprint of every page it drafted, by output path. */
  readonly next = new Map<string, string>();
  /** Digests of the objects drafts share (posts, the chrome), computed once each. */
  readonly #digests = new WeakMap<object, string>();
  readonly #shared: ReadonlySet<object>;
  readonly #known: (value: object) => string | undefined;
  /** The published folder's files as listed when the build started, if it was; else each page is looked at. */
  readonly #files: ReadonlyMap<string, TreeFile> | undefined;

  /**
   * `published`: the folder holding the last build's pages, if any, with `previous`, what was recorded of them.
   * `shared`: objects many drafts hold (every post, the chrome), digested once and named by their digest; `known`,
   * a digest already known of everything a shared object was made from (a post's source, src/build/post-cache.ts).
   */
  constructor(
    published: string | undefined,
    previous: ReadonlyMap<string, PageRecord>,
    shared: Iterable<object>,
    known: (value: object) => string | undefined = () => undefined,
    files?: ReadonlyMap<string, TreeFile>,
  ) {
    this.#published = published ?? '';
    this.#previous = published === undefined ? new Map() : previous;
    this.#shared = new Set(shared);
    this.#known = known;
    this.#files = files;
  }

  /** The draft's fingerprint, remembered for `outputPath`; undefined (render it) when its props cannot be digested. */
  fingerprint(outputPath: string, draft: PageDraft): string | undefined {
    let text: string;
    try {
      text = this.#serialize(draft.props, 0);
    } catch {
      return undefined;
    }
    const fingerprint = createHash('sha256').update(draft.layout.name).update('\0').update(text).digest('base64url');
    this.next.set(outputPath, fingerprint);
    return fingerprint;
  }

  /** Whether the published copy of `outputPath` was written under `fingerprint` and is still as it was written. */
  unchanged(outputPath: string, fingerprint: string): boolean {
    const record = this.#previous.get(outputPath);
    if (record?.fingerprint !== fingerprint) return false;
    const listed = this.#files?.get(outputPath);
    if (listed !== undefined) return listed.size === record.size && listed.mtimeMs === record.mtimeMs;
    if (this.#files !== undefined) return false;
    try {
      const stat = statSync(path.join(this.#published, outputPath));
      return stat.isFile() && stat.size === record.size && stat.mtimeMs === record.mtimeMs;
    } catch {
      return false;
    }
  }

  /**
   * `value` as text that differs whenever the value does: each string by its length and then itself (no escaping to
   * do, and no two values written alike), numbers and the rest tagged by their type, objects key by key. Without
   * JSON.stringify's replacer calls, which took a third of the time at 16,000 pages. Shared objects and long lists
   * are named by their digest.
   */
  #serialize(value: unknown, depth: number): string {
    if (value === null || value === undefined) return String(value);
    switch (typeof value) {
      case 'string':
        return `s${value.length}:${value}`;
      case 'number':
      case 'boolean':
      case 'bigint':
        return `${(typeof value)[0]}${String(value)}`;
      case 'function':
        return `function ${value.name}`;
      case 'symbol':
        return String(value);
      default:
        break;
    }
    if (depth > maxDepth) throw new RangeError('too deep to digest');
    const object = value as object;
    if (depth > 0 && (this.#shared.has(object) || (Array.isArray(object) && object.length >= longList))) return `#${this.#digest(object)}`;
    if (Array.isArray(object)) return `[${object.map((item) => this.#serialize(item, depth + 1)).join(',')}]`;
    if (object instanceof Date) return `D${object.getTime()}`;
    if (object instanceof Map) return `M${this.#serialize([...object], depth + 1)}`;
    if (object instanceof Set) return `S${this.#serialize([...object], depth + 1)}`;
    let text = '{';
    for (const key of Object.keys(object)) text += `${key.length}:${key}=${this.#serialize((object as Record<string, unknown>)[key], depth + 1)},`;
    return `${text}}`;
  }

  #digest(value: object): string {
    let digest = this.#digests.get(value);
    if (digest === undefined) {
      const known = this.#known(value);
      // The shared object in full; the shared objects inside it (a post's neighbours) by their own digests.
      digest = known !== undefined ? `source:${known}` : createHash('sha256').update(this.#serialize(value, 0)).digest('base64url');
      this.#digests.set(value, digest);
    }
    return digest;
  }
}

/** The fingerprints file of an output folder: its pages' records, valid under one layout digest. */
export function readPageRecords(file: string, layouts: string): ReadonlyMap<string, PageRecord> {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { layouts?: string; pages?: Record<string, [string, number, number]> };
    if (saved.layouts !== layouts || saved.pages === undefined) return new Map();
    return new Map(Object.entries(saved.pages).map(([page, [fingerprint, size, mtimeMs]]) => [page, { fingerprint, size, mtimeMs }]));
  } catch {
    return new Map();
  }
}

export function pageRecordsJson(layouts: string, fingerprints: ReadonlyMap<string, string>, files: ReadonlyMap<string, { size: number; mtimeMs: number }>): string {
  const pages: Record<string, [string, number, number]> = {};
  for (const [page, fingerprint] of fingerprints) {
    const file = files.get(page);
    if (file !== undefined) pages[page] = [fingerprint, file.size, file.mtimeMs];
  }
  return JSON.stringify({ layouts, pages });
}
