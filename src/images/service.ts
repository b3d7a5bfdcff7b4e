/**
 * The image service (issue #4): turns `<img>` sources into planned, cached, encoded variants for one build.
 *
 * Per source: its bytes are read and hashed (md5, its name in the cache and of its variants); if the cache knows
 * the source and has its placeholder, `prepare` answers at once and the variants are copied from the cache.
 * Otherwise one task in the sharp queue decodes it once, answers `prepare` as soon as the placeholder exists, and
 * goes on encoding every variant from the same pixels, side by side, while pages keep rendering. Failures are
 * collected and `finish` reports them together once the queue has drained.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { ImageError, plural, type Problem } from '../errors.ts';
import { readSiteBytes, SiteFileError } from '../files/read-plain.ts';
import { realRoot } from '../files/site-root.ts';
import { ImageCache, writeAtomically } from './cache.ts';
import { describeFault, type Fault, FaultError, faultOf } from './faults.ts';
import { configureSharp, decode, type Decoded, encode, PIPELINE_VERSION, PixelError, placeholder, readHeader } from './pipeline.ts';
import { cacheFileName, encoderKey, imagesDir, placeholderSize, planFiles, planImage } from './plan.ts';
import { defaultConcurrency, type SharpConcurrency, WorkQueue } from './queue.ts';
import type { ImageSettings, ProcessedImage, SourceInfo, Variant } from './types.ts';

export interface ImageRequest {
  /** Path from the site root: 'assets/images/<md5>.jpg'. */
  readonly sitePath: string;
  /** The post or page that shows it, for messages: 'posts/2025-10-09-x.md'. */
  readonly referrer: string;
  /** Also make the 1200x630 link-preview crop. */
  readonly og?: boolean;
}

export interface ImageServiceOptions {
  /** Site root (holds assets/images). */
  readonly root: string;
  /** Variants are written to <outputDir>/assets/images/<fileName>. */
  readonly outputDir: string;
  readonly cacheDir: string;
  readonly settings: ImageSettings;
  /** Sources and sharp operations at once; default `defaultConcurrency()` (queue.ts). */
  readonly concurrency?: SharpConcurrency;
  /** Called as sources that need encoding are queued and finished: sources done, sources queued so far. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ImageSummary {
  /** Distinct source paths asked for, failed ones included. */
  seen: number;
  /** Sources that were decoded (and encoded) by this service. */
  generated: number;
  /** Sources served from the cache without a decode. */
  cached: number;
  /** Source decodes: 0 on a rebuild with unchanged images. */
  decodes: number;
  /** Bytes of the sources read. */
  bytesIn: number;
  /** Bytes of the variants written or copied into the output. */
  bytesOut: number;
  warnings: Problem[];
}

interface Ready {
  readonly info: SourceInfo;
  /** The cache entry's encoder key. */
  readonly key: string;
  readonly placeholder: string;
}

/** One source by content: every site path with these bytes shares it. */
interface Work {
  readonly hash: string;
  readonly paths: Set<string>;
  readonly bytes: number;
  /** Some request asked for the link preview. */
  wantOg: boolean;
  /** The preview is among the files already being made. */
  ogPlanned: boolean;
  decodes: number;
  fault?: Fault;
  ready: Promise<Ready | undefined>;
}

/** A source that could not be read, as a Fault: a link out of the site is "outside", never read. */
function faultOfRead(error: unknown): Fault {
  if (!(error instanceof SiteFileError)) return { kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  if (error.reason === 'outside') return { kind: 'outside' };
  if (error.reason === 'missing') return { kind: 'missing' };
  return { kind: 'unreadable', detail: error.detail };
}

const md5 = (bytes: Uint8Array): string => createHash('md5').update(bytes).digest('hex');

/** Waits for every promise, then rejects with the first failure: work still running is never left behind. */
async function settleAll(promises: ReadonlyArray<Promise<unknown>>): Promise<void> {
  const failed = (await Promise.allSettled(promises)).find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
}

export class ImageService {
  readonly #options: ImageServiceOptions;
  /** The real path of the site root: sources are read only when their real path is inside it (issue #10). */
  readonly #root: string;
  readonly #settings: ImageSettings;
  readonly #cache: ImageCache;
  /** The one queue for sharp work: one task per source, all its variants inside it. */
  readonly #queue: WorkQueue;
  /** Bounds the sharp operations of all tasks together (decodes, encodes): see `sharpConcurrency`. */
  readonly #operations: WorkQueue;
  /** Bounds file reads, so 10,000 pages asking at once do not hold 10,000 photos in memory. */
  readonly #io = new WorkQueue(8);
  readonly #paths = new Map<string, Promise<Work | undefined>>();
  readonly #referrers = new Map<string, string[]>();
  readonly #works = new Map<string, Work>();
  /** Faults found before a source's bytes were known (missing, unreadable), by site path. */
  readonly #failures = new Map<string, Fault>();
  readonly #warnings: Problem[] = [];
  readonly #pending = new Set<Promise<unknown>>();
  readonly #written = new Map<string, Promise<void>>();
  #decodes = 0;
  #bytesOut = 0;
  /** Source tasks that make files, queued and finished, for `onProgress`. */
  readonly #tasks = { queued: 0, done: 0 };

  constructor(options: ImageServiceOptions) {
    this.#options = options;
    this.#root = realRoot(options.root);
    this.#settings = options.settings;
    this.#cache = new ImageCache(options.cacheDir, PIPELINE_VERSION);
    const concurrency = options.concurrency ?? defaultConcurrency();
    this.#queue = new WorkQueue(concurrency.sources);
    this.#operations = new WorkQueue(concurrency.operations);
    configureSharp(concurrency.threads);
  }

  /** Deduplicated per source: many pages showing one photo share one task. Undefined when the image failed (the problem is recorded for finish()). */
  async prepare(request: ImageRequest): Promise<ProcessedImage | undefined> {
    const sitePath = request.sitePath.replace(/^\/+/, '');
    const og = request.og === true;
    const referrers = this.#referrers.get(sitePath) ?? [];
    if (!referrers.includes(request.referrer)) referrers.push(request.referrer);
    this.#referrers.set(sitePath, referrers);
    let opening = this.#paths.get(sitePath);
    if (opening === undefined) {
      opening = this.#track(this.#open(sitePath, og));
      this.#paths.set(sitePath, opening);
    }
    const work = await opening;
    if (work === undefined) return undefined;
    work.wantOg ||= og;
    const ready = await work.ready;
    if (ready === undefined) return undefined;
    const plan = planImage(ready.info, this.#settings, { og });
    // Asked for after the source's files were planned without it: make it on its own.
    if (plan.og !== undefined && !work.ogPlanned) {
      work.ogPlanned = true;
      this.#track(this.#materialise(work, ready, [plan.og]));
    }
    return { plan, placeholder: ready.placeholder };
  }

  /** Waits for every queued variant; throws ImageError with every problem collected. */
  async finish(): Promise<ImageSummary> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
    const problems = this.#problems();
    if (problems.length > 0) {
      const pages = new Set(problems.map((problem) => problem.file)).size;
      throw new ImageError(`${plural(problems.length, 'image')} shown by ${plural(pages, 'page')} cannot be used:`, problems);
    }
    const works = [...this.#works.values()];
    const usable = works.filter((work) => work.fault === undefined);
    return {
      seen: this.#referrers.size,
      generated: usable.filter((work) => work.decodes > 0).length,
      cached: usable.filter((work) => work.decodes === 0).length,
      decodes: this.#decodes,
      bytesIn: works.reduce((sum, work) => sum + work.bytes, 0),
      bytesOut: this.#bytesOut,
      warnings: [...this.#warnings],
    };
  }

  /** Removes cache entries no request of this service touched; returns how many. Call it after finish() of a full build. */
  async prune(): Promise<number> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
    return this.#cache.prune();
  }

  describe(summary: ImageSummary): string {
    const warnings = summary.warnings.length === 0 ? '' : `, ${plural(summary.warnings.length, 'warning')}`;
    return `images: ${summary.seen} seen, ${summary.generated} generated, ${summary.cached} from cache, ${plural(summary.decodes, 'decode')}, ${formatBytes(summary.bytesIn)} in, ${formatBytes(summary.bytesOut)} out${warnings}`;
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    this.#pending.add(promise);
    const done = (): void => void this.#pending.delete(promise);
    promise.then(done, done);
    return promise;
  }

  #outputPath(fileName: string): string {
    return path.join(this.#options.outputDir, imagesDir, fileName);
  }

  /** Reads and hashes one site path; its bytes are not kept (a task reads them again when it needs pixels). */
  async #open(sitePath: string, og: boolean): Promise<Work | undefined> {
    let bytes: Buffer;
    try {
      bytes = await this.#io.run(() => readSiteBytes(this.#root, sitePath));
    } catch (error) {
      this.#failures.set(sitePath, faultOfRead(error));
      return undefined;
    }
    const hash = md5(bytes);
    this.#checkName(sitePath, hash);
    let work = this.#works.get(hash);
    if (work === undefined) {
      const created: Work = { hash, paths: new Set([sitePath]), bytes: bytes.length, wantOg: og, ogPlanned: false, decodes: 0, ready: Promise.resolve(undefined) };
      created.ready = this.#track(this.#load(created));
      this.#works.set(hash, created);
      work = created;
    }
    work.paths.add(sitePath);
    return work;
  }

  /** Names are the md5 of the content (`npm run image` writes them so); one that is not was edited in place. */
  #checkName(sitePath: string, hash: string): void {
    const extension = path.posix.extname(sitePath);
    const named = path.posix.basename(sitePath, extension).toLowerCase();
    if (!/^[0-9a-f]{32}$/.test(named) || named === hash) return;
    this.#warnings.push({
      file: sitePath,
      message: `is named for the md5 ${named}, but its content hashes to ${hash}: the file was changed after it was added.`,
      fix: `Add the changed photo with \`npm run image\` and use the path it prints (${imagesDir}/${hash}${extension}), so its name says what it holds.`,
    });
  }

  #keyOf(info: SourceInfo): string {
    return encoderKey(planImage(info, this.#settings, { og: false }), this.#settings, PIPELINE_VERSION);
  }

  /** The files a build writes for a source now; later link-preview requests are made separately. */
  #wanted(work: Work, info: SourceInfo): Variant[] {
    work.ogPlanned = work.wantOg;
    return planFiles(planImage(info, this.#settings, { og: work.wantOg }));
  }

  #tooLarge(size: { readonly width: number; readonly height: number }): FaultError | undefined {
    return size.width * size.height > this.#settings.maxPixels ? new FaultError({ kind: 'too-many-pixels', width: size.width, height: size.height }) : undefined;
  }

  async #load(work: Work): Promise<Ready | undefined> {
    try {
      const info = await this.#cache.readSource(work.hash);
      if (info !== undefined) {
        const tooLarge = this.#tooLarge(info);
        if (tooLarge !== undefined) throw tooLarge;
        const key = this.#keyOf(info);
        const cachedPlaceholder = await this.#cache.readPlaceholder(work.hash, key);
        if (cachedPlaceholder !== undefined) {
          const ready = { info, key, placeholder: cachedPlaceholder };
          this.#track(this.#materialise(work, ready, this.#wanted(work, info)));
          return ready;
        }
      }
      return await this.#decodeFirst(work);
    } catch (error) {
      work.fault ??= faultOf(error);
      return undefined;
    }
  }

  /** One source's task in the sharp queue, counted for `onProgress`. */
  #task(run: () => Promise<void>): Promise<void> {
    this.#tasks.queued++;
    this.#options.onProgress?.(this.#tasks.done, this.#tasks.queued);
    return this.#queue.run(run).finally(() => {
      this.#tasks.done++;
      this.#options.onProgress?.(this.#tasks.done, this.#tasks.queued);
    });
  }

  /**
   * The source's one task: decode, then the placeholder (which answers `prepare`) and every variant queued at once,
   * placeholder first, so no core waits while the placeholder is stored.
   */
  #decodeFirst(work: Work): Promise<Ready | undefined> {
    return new Promise((resolve) => {
      const task = this.#task(async () => {
        const bytes = await this.#readAgain(work);
        const header = await readHeader(bytes);
        const decoded = await this.#decode(work, bytes, header);
        const info: SourceInfo = { hash: work.hash, width: decoded.width, height: decoded.height, hasAlpha: decoded.hasAlpha, animated: header.animated, format: header.format };
        const key = this.#keyOf(info);
        const answered = this.#operations.run(() => placeholder(decoded, placeholderSize(info, this.#settings.placeholderWidth))).then(async (dataUri) => {
          await this.#cache.writeSource(info);
          await this.#cache.writePlaceholder(work.hash, key, dataUri);
          resolve({ info, key, placeholder: dataUri });
        });
        await settleAll([answered, this.#produce(work, key, this.#wanted(work, info), decoded)]);
      });
      this.#track(
        task.catch((error: unknown) => {
          work.fault ??= faultOf(error);
          resolve(undefined);
        }),
      );
    });
  }

  /** Puts `variants` in the output: copied from the cache, and any the cache lacks made in one sharp task. */
  async #materialise(work: Work, ready: Ready, variants: readonly Variant[]): Promise<void> {
    try {
      const missing: Variant[] = [];
      for (const variant of variants) {
        if (await this.#cache.has(work.hash, ready.key, cacheFileName(variant, this.#settings))) await this.#emit(work, ready.key, variant);
        else missing.push(variant);
      }
      if (missing.length === 0) return;
      await this.#task(async () => {
        const bytes = await this.#readAgain(work);
        await this.#produce(work, ready.key, missing, await this.#decode(work, bytes, ready.info));
      });
    } catch (error) {
      work.fault ??= faultOf(error);
    }
  }

  /**
   * Inside a sharp task: encodes the variants the cache lacks from `decoded`, side by side (the operations queue
   * bounds them), stores them and writes them out. Settles once every one has, so the pixels are let go only then.
   */
  #produce(work: Work, key: string, variants: readonly Variant[], decoded: Decoded): Promise<void> {
    return settleAll(variants.map((variant) => this.#produceOne(work, key, variant, decoded)));
  }

  async #produceOne(work: Work, key: string, variant: Variant, decoded: Decoded): Promise<void> {
    const name = cacheFileName(variant, this.#settings);
    if (await this.#cache.has(work.hash, key, name)) return this.#emit(work, key, variant);
    let bytes: Buffer;
    try {
      bytes = await this.#operations.run(() => encode(decoded, variant, this.#settings));
    } catch (error) {
      throw new FaultError({ kind: 'encode', fileName: variant.fileName, detail: error instanceof Error ? error.message : String(error) });
    }
    await this.#cache.write(work.hash, key, name, bytes);
    await this.#emit(work, key, variant, bytes);
  }

  /** Writes one variant into the output once (from `bytes`, or copied from the cache). */
  #emit(work: Work, key: string, variant: Variant, bytes?: Uint8Array): Promise<void> {
    let writing = this.#written.get(variant.fileName);
    if (writing === undefined) {
      const target = this.#outputPath(variant.fileName);
      writing = (async () => {
        if (bytes !== undefined) {
          await writeAtomically(target, bytes);
          this.#bytesOut += bytes.length;
        } else {
          // Not `+= await`: that would read the total before the copy and lose the sizes of copies finishing meanwhile.
          const size = await this.#io.run(() => this.#cache.copyTo(work.hash, key, cacheFileName(variant, this.#settings), target));
          this.#bytesOut += size;
        }
      })();
      this.#written.set(variant.fileName, writing);
    }
    return writing;
  }

  /** The source's bytes again, checked against the hash they were planned under. */
  async #readAgain(work: Work): Promise<Buffer> {
    const [sitePath = ''] = work.paths;
    let bytes: Buffer;
    try {
      bytes = await readSiteBytes(this.#root, sitePath);
    } catch (error) {
      throw new FaultError(faultOfRead(error));
    }
    if (md5(bytes) !== work.hash) throw new FaultError({ kind: 'changed' });
    return bytes;
  }

  async #decode(work: Work, bytes: Buffer, size: { readonly width: number; readonly height: number }): Promise<Decoded> {
    const tooLarge = this.#tooLarge(size);
    if (tooLarge !== undefined) throw tooLarge;
    work.decodes++;
    this.#decodes++;
    try {
      return await this.#operations.run(() => decode(bytes, this.#settings.maxPixels));
    } catch (error) {
      throw error instanceof PixelError && error.fault === 'too-many-pixels' ? new FaultError({ kind: 'too-many-pixels', ...size }) : error;
    }
  }

  #problems(): Problem[] {
    const faults: Array<readonly [string, Fault]> = [...this.#failures];
    for (const work of this.#works.values()) if (work.fault !== undefined) for (const sitePath of work.paths) faults.push([sitePath, work.fault]);
    const problems = faults.map(([sitePath, fault]): Problem => {
      // Name a post before any listing that happens to show its image: that is the file the author will open.
      const referrers = [...(this.#referrers.get(sitePath) ?? [])].sort((a, b) => Number(!a.startsWith('posts/')) - Number(!b.startsWith('posts/')));
      const [first = 'a page', ...others] = referrers;
      const also = others.length === 0 ? '' : ` Also shown by ${others.slice(0, 2).join(', ')}${others.length > 2 ? ` and ${plural(others.length - 2, 'more page')}` : ''}.`;
      const { message, fix } = describeFault(fault, sitePath, this.#settings.maxPixels, this.#options.cacheDir);
      return { file: first, field: sitePath, message: `${message}${also}`, fix };
    });
    return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.field ?? '').localeCompare(b.field ?? ''));
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
