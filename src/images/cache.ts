/**
 * The persistent image cache (issue #4), content-addressed and versioned:
 *
 *     <cacheDir>/<md5>/source.json              what the source's header and pixels said (size, alpha, …)
 *     <cacheDir>/<md5>/<encoderKey>/placeholder.txt
 *     <cacheDir>/<md5>/<encoderKey>/<md5>-640.webp, …, og-1200x630-q78.jpg
 *
 * One entry is one source (by the md5 of its bytes) under one set of encoder options (`encoderKey` in plan.ts,
 * which includes the pipeline version). Every file appears atomically (written aside, then renamed), so a build
 * that was stopped leaves whole files or none, never a truncated variant.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceInfo } from './types.ts';

const hashPattern = /^[0-9a-f]{32}$/;

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function listDirs(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Writes `file` whole or not at all. */
export async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

function isSourceInfo(value: unknown, hash: string): value is SourceInfo {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const positive = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n > 0;
  return v['hash'] === hash && positive(v['width']) && positive(v['height']) && typeof v['hasAlpha'] === 'boolean' && typeof v['animated'] === 'boolean' && typeof v['format'] === 'string';
}

export class ImageCache {
  readonly dir: string;
  readonly #version: number;
  /** Entries (`<md5>/<key>`) and sources (`<md5>`) this build used: `prune` keeps exactly these. */
  readonly #touched = new Set<string>();

  constructor(dir: string, pipelineVersion: number) {
    this.dir = dir;
    this.#version = pipelineVersion;
  }

  #entry(hash: string, key: string): string {
    this.#touched.add(hash);
    this.#touched.add(`${hash}/${key}`);
    return path.join(this.dir, hash, key);
  }

  /** A file's path in an entry (it may not exist yet). */
  filePath(hash: string, key: string, name: string): string {
    return path.join(this.#entry(hash, key), name);
  }

  /** The source's description, if an earlier build of the same pipeline version stored a valid one. */
  async readSource(hash: string): Promise<SourceInfo | undefined> {
    this.#touched.add(hash);
    const text = await readText(path.join(this.dir, hash, 'source.json'));
    if (text === undefined) return undefined;
    try {
      const stored: unknown = JSON.parse(text);
      if (typeof stored !== 'object' || stored === null) return undefined;
      const { pipeline, info } = stored as { pipeline?: unknown; info?: unknown };
      return pipeline === this.#version && isSourceInfo(info, hash) ? info : undefined;
    } catch {
      return undefined; // A damaged cache file is a cache miss: the source is read again and the file rewritten.
    }
  }

  async writeSource(info: SourceInfo): Promise<void> {
    this.#touched.add(info.hash);
    await writeAtomically(path.join(this.dir, info.hash, 'source.json'), `${JSON.stringify({ pipeline: this.#version, info })}\n`);
  }

  async readPlaceholder(hash: string, key: string): Promise<string | undefined> {
    const text = await readText(this.filePath(hash, key, 'placeholder.txt'));
    return text !== undefined && text.startsWith('data:image/') ? text.trim() : undefined;
  }

  async writePlaceholder(hash: string, key: string, dataUri: string): Promise<void> {
    await writeAtomically(this.filePath(hash, key, 'placeholder.txt'), dataUri);
  }

  async has(hash: string, key: string, name: string): Promise<boolean> {
    try {
      return (await stat(this.filePath(hash, key, name))).isFile();
    } catch {
      return false;
    }
  }

  async write(hash: string, key: string, name: string, bytes: Uint8Array): Promise<void> {
    await writeAtomically(this.filePath(hash, key, name), bytes);
  }

  /** Copies a cached file to `target` (whole or not at all); returns its size in bytes. */
  async copyTo(hash: string, key: string, name: string, target: string): Promise<number> {
    const source = this.filePath(hash, key, name);
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    await copyFile(source, temp);
    await rename(temp, target);
    return (await stat(target)).size;
  }

  /**
   * Removes every entry this cache object did not touch: whole sources no request used, and other encoder options
   * of the sources that were used. Only folders named like our own are looked at. Returns how many entries (source
   * and options) went; a source folder without entries counts as one.
   */
  async prune(): Promise<number> {
    let removed = 0;
    for (const hash of (await listDirs(this.dir)).filter((name) => hashPattern.test(name))) {
      const keys = await listDirs(path.join(this.dir, hash));
      if (!this.#touched.has(hash)) {
        await rm(path.join(this.dir, hash), { recursive: true, force: true });
        removed += Math.max(1, keys.length);
        continue;
      }
      for (const key of keys.filter((name) => !this.#touched.has(`${hash}/${name}`))) {
        await rm(path.join(this.dir, hash, key), { recursive: true, force: true });
        removed++;
      }
    }
    return removed;
  }
}
