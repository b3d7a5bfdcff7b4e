/**
 * The build's caches on disk (src/build/body-cache.ts, src/build/post-cache.ts): one map, kept in a folder of 32
 * shard files, valid for the renderer digest it was written under, stored with v8's serializer (one read per shard,
 * no parsing of thousands of strings of HTML). A build that changed one entry rewrites one shard, not the whole map.
 * A shard that is missing, unreadable or of another digest is empty, never an error.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

const shards = 32;

function shardOf(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
  return (hash >>> 0) % shards;
}

const shardFile = (dir: string, shard: number): string => path.join(dir, `${String(shard).padStart(2, '0')}.v8`);

export class KeptStore<Value> {
  readonly #dir: string;
  readonly #previous = new Map<string, Value>();
  readonly #next = new Map<string, Value>();
  /** Shards whose entries differ from the files: a new entry, a changed one, one no longer used. */
  readonly #touched = new Set<number>();

  /** The store in `dir` when written under `renderer`; else (or for '') an empty one. */
  constructor(dir: string, renderer: string) {
    this.#dir = dir;
    for (let shard = 0; shard < shards; shard++) {
      if (renderer === '') {
        this.#touched.add(shard);
        continue;
      }
      try {
        const saved = deserialize(readFileSync(shardFile(dir, shard))) as { renderer?: unknown; kept?: unknown };
        if (saved.renderer === renderer && saved.kept instanceof Map) for (const [key, value] of saved.kept as Map<string, Value>) this.#previous.set(key, value);
        else this.#touched.add(shard);
      } catch {
        this.#touched.add(shard);
      }
    }
  }

  /** What an earlier build kept under `key`, or this build has. */
  get(key: string): Value | undefined {
    return this.#next.get(key) ?? this.#previous.get(key);
  }

  /** Keeps `value` under `key` for the next build; `same` when it is what the store held already. */
  set(key: string, value: Value, same = false): void {
    this.#next.set(key, value);
    if (!same) this.#touched.add(shardOf(key));
  }

  /** Writes the shards that changed, under `renderer`; what this build did not `set` is dropped. */
  save(renderer: string): void {
    for (const key of this.#previous.keys()) if (!this.#next.has(key)) this.#touched.add(shardOf(key));
    if (this.#touched.size === 0) return;
    mkdirSync(this.#dir, { recursive: true });
    const byShard = new Map<number, Map<string, Value>>([...this.#touched].map((shard) => [shard, new Map()]));
    for (const [key, value] of this.#next) byShard.get(shardOf(key))?.set(key, value);
    for (const [shard, kept] of byShard) {
      const file = shardFile(this.#dir, shard);
      if (kept.size === 0) {
        rmSync(file, { force: true });
        continue;
      }
      const partial = `${file}.${process.pid}`;
      writeFileSync(partial, serialize({ renderer, kept }));
      renameSync(partial, file);
    }
  }
}
