/**
 * `npm run build [-- --drafts] [-- --future] [-- --check] [-- --strict] [-- --full] [-- --output DIR] [-- --verbose]`:
 * builds the whole site into a staging folder and, only on success, publishes it into `_site/`, writing only the
 * files whose bytes changed and removing what is no longer made (src/build/apply-changes.ts; a first build's folder
 * is swapped in whole). A build whose files, settings, generator and clock are those of the last one does nothing
 * and says so (src/build/build-record.ts); `--full` builds anyway. `--check` also checks every internal link of the
 * result first. Exit code 1 and the previous `_site/` untouched on any problem; every problem is printed as a
 * message, with a trace only under `--verbose` (issue #10).
 */
import { rmSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { acquireLock, holdsLock, type Lock, lockFileFor } from '../build/lock.ts';
import { type BuildOptions, buildOptionsFromEnv } from '../build/options.ts';
import { applyChanges } from '../build/apply-changes.ts';
import { bodiesFolderFor, forgetRecord, inputDigest, pagesFileFor, postsFolderFor, readRecord, recordFileFor, stillValid, writeRecord, writeRecordFile } from '../build/build-record.ts';
import { BodyCache } from '../build/body-cache.ts';
import { pageRecordsJson, readPageRecords } from '../build/page-cache.ts';
import { PostCache } from '../build/post-cache.ts';
import { realRoot } from '../files/site-root.ts';
import { listTree, type Tree, treeDigest } from '../build/output-tree.ts';
import { runBuild } from '../build/pipeline.ts';
import { discard, removeLeftovers, stagingDirFor, swapIntoPlace } from '../build/swap.ts';
import { findBrokenLinks } from '../check/links.ts';
import { BroadsheetError, plural, ProblemsError } from '../errors.ts';
import { nonPlainOutput } from '../files/file-problems.ts';
import { findNonPlainEntries } from '../files/plain-output.ts';
import { parseArgs } from './args.ts';
import { describeFailure } from './failure.ts';

const knownFlags = ['check', 'config', 'drafts', 'full', 'future', 'output', 'strict', 'verbose'];

/** How long a build waits for another one writing the same folder (BROADSHEET_LOCK_TIMEOUT, seconds). */
const defaultLockSeconds = 600;

class LinkCheckError extends BroadsheetError {}

export async function build(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { flags } = parseArgs(argv, ['config', 'output']);
  const unknown = [...flags.keys()].filter((flag) => !knownFlags.includes(flag));
  if (unknown.length > 0) {
    console.error(`build: unknown option ${unknown.map((f) => `--${f}`).join(', ')}. Known: ${knownFlags.map((f) => `--${f}`).join(', ')}.`);
    return 2;
  }
  const verbose = flags.has('verbose');
  const root = path.resolve(env['BROADSHEET_ROOT'] || '.');
  const output = path.resolve(String(flags.get('output') ?? path.join(root, '_site')));
  const staging = stagingDirFor(output);
  const fail = (error: unknown): number => {
    console.error(describeFailure(error, verbose, staging));
    console.error(`Build failed; ${output} was left as it was.`);
    return 1;
  };

  let options: BuildOptions;
  try {
    // Every settings and environment problem is found here, before anything is touched, and printed together.
    const fromEnv = buildOptionsFromEnv(env, process.cwd());
    options = {
      ...fromEnv,
      // The build writes into a staging folder, swapped into place only when everything succeeded.
      output: staging,
      ...(flags.has('config') ? { eleventyConfig: path.resolve(String(flags.get('config'))) } : {}),
      drafts: fromEnv.drafts || flags.has('drafts'),
      future: fromEnv.future || flags.has('future'),
      strict: fromEnv.strict || flags.has('strict'),
    };
  } catch (error) {
    return fail(error);
  }
  const { site } = options;

  // From before the lock is taken: a Ctrl-C the moment it is taken must not leave it behind. Nothing is removed
  // unless this build holds the lock (another build's staging folder is not ours).
  const stop = onInterrupt(() => cleanUpNow(staging, lockFileFor(output)));
  let lock: Lock;
  try {
    // `--output /new/folder/site` works as it reads; the lock and the staging folder live beside the output.
    await mkdir(path.dirname(output), { recursive: true });
    lock = await acquireLock(output, {
      timeoutMs: lockTimeoutMs(env['BROADSHEET_LOCK_TIMEOUT']),
      onWait: (holder) => console.error(`[broadsheet] waiting for the build with PID ${holder} writing ${output} to finish…`),
    });
  } catch (error) {
    stop();
    return fail(error);
  }
  try {
    // Digested before anything is read: a file edited while this build runs makes the next one build again.
    const recordFile = recordFileFor(options.root, output);
    const { inputs, layouts, renderer } = inputDigest(options, [output, staging, lockFileFor(output)], env);
    if (!flags.has('full') && !flags.has('check') && upToDate(recordFile, inputs, output)) return 0;
    await removeLeftovers(output);
    // Pages the published folder holds already are neither laid out nor written again; `--check` checks a whole
    // staged site. `--full` lays out every page.
    const pagesFile = pagesFileFor(recordFile);
    const published = isFolder(output) && !flags.has('check') ? output : undefined;
    const listed = published === undefined ? undefined : listTree(published);
    const kept = flags.has('full') ? '' : renderer;
    const posts = new PostCache(postsFolderFor(recordFile), kept, realRoot(options.root));
    const bodies = new BodyCache(bodiesFolderFor(recordFile), kept, (source) => posts.digestOf(source));
    const incremental = {
      published,
      ...(listed === undefined ? {} : { publishedFiles: listed.files }),
      pages: flags.has('full') ? new Map() : readPageRecords(pagesFile, layouts),
      verify: env['BROADSHEET_VERIFY_INCREMENTAL'] === '1',
      bodies,
      posts,
    };
    const outcome = await runBuild({ ...options, incremental });
    if (flags.has('check')) {
      const broken = await findBrokenLinks(staging, site.pathPrefix);
      if (broken.length > 0) {
        const lines = broken.map((link) => `  - ${link.page}: ${link.link} (${link.reason})`);
        throw new LinkCheckError(`${lines.join('\n')}\nLink check: ${plural(broken.length, 'broken internal link')}.`);
      }
      console.log('[broadsheet] link check: every internal href, src and srcset resolves.');
    }
    // A build that found every page unchanged may have staged nothing at all.
    await mkdir(staging, { recursive: true });
    // Defence in depth: whatever wrote a link or a special file into the output, it is not published (issue #10).
    const odd = await findNonPlainEntries(staging);
    if (odd.length > 0) throw new ProblemsError('The output holds more than plain files:', odd.map((entry) => nonPlainOutput(output, entry)));
    // The records describe the folder as it was: gone until it is as this build leaves it.
    forgetRecord(recordFile);
    forgetRecord(pagesFile);
    const tree = await publish(staging, output, outcome.kept, listed);
    bodies.save(renderer);
    posts.save(renderer);
    writeRecordFile(pagesFile, pageRecordsJson(layouts, outcome.fingerprints, tree.files));
    writeRecord(recordFile, {
      output,
      inputs,
      // With BUILD_TIME the clock stands still; the record's inputs hold it.
      validUntil: options.buildTime !== undefined || outcome.validUntil === undefined ? null : outcome.validUntil.toISOString(),
      tree: treeDigest(tree),
    });
    return 0;
  } catch (error) {
    await discard(staging).catch(() => undefined);
    return fail(error);
  } finally {
    stop();
    await lock.release();
  }
}

/**
 * The staged site published into `output` (issue #14): into a published folder only what changed, with what is no
 * longer made removed; a first build's folder swapped in whole. `kept`: pages the build found there unchanged and
 * did not stage; `listed`: the folder as listed when the build started. Returns what `output` holds now.
 */
async function publish(staging: string, output: string, kept: ReadonlySet<string>, listed: Tree | undefined): Promise<Tree> {
  if (!isFolder(output)) {
    await swapIntoPlace(staging, output);
    return listTree(output);
  }
  const applied = applyChanges(staging, output, kept, listed);
  console.log(`[broadsheet] published into ${path.relative(process.cwd(), output) || '.'}: ${plural(applied.written, 'file')} new or changed, ${applied.removed} removed, ${applied.kept} unchanged.`);
  return applied.tree;
}

/**
 * Whether the last build of `output` was made from exactly these inputs, still holds at this instant, and left the
 * folder as it is now; said on the console when it is.
 */
function upToDate(recordFile: string, inputs: string, output: string): boolean {
  const record = readRecord(recordFile);
  if (record === undefined || !stillValid(record, inputs, () => treeDigest(listTree(output)), new Date())) return false;
  const until = record.validUntil === null ? '' : `, until ${record.validUntil} when the clock changes what it shows`;
  console.log(`[broadsheet] nothing changed since the last build (the same files, settings and generator${until}): ${output} is up to date. Build with --full to build anyway.`);
  return true;
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function lockTimeoutMs(value: string | undefined): number {
  const seconds = value === undefined || value === '' ? defaultLockSeconds : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : defaultLockSeconds * 1000;
}

/** On Ctrl-C or a kill, the staging folder and the lock go with the build; the previous _site/ stays. */
function onInterrupt(cleanUp: () => void): () => void {
  const handler = (signal: NodeJS.Signals) => {
    cleanUp();
    console.error(`Build stopped (${signal}); the previous site was left as it was.`);
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

function cleanUpNow(staging: string, lockFile: string): void {
  // Synchronous: the process exits right after.
  if (!holdsLock(lockFile)) return;
  rmSync(staging, { recursive: true, force: true });
  rmSync(lockFile, { force: true });
}

// Exits explicitly: a build stopped halfway may leave a helper process running (Pagefind's indexer, which the
// next build or this exit ends), and a command-line build must not wait on it. (Output is written synchronously
// to pipes and files on Linux, so nothing is lost.)
process.exit(await build(process.argv.slice(2), process.env));
