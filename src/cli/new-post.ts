/**
 * `npm run new -- "Headline" --category Business [--tag x] [--author key] [--date …]`: writes a new post with complete
 * front matter into `<BROADSHEET_ROOT>/posts/` and prints its path. Never overwrites. Exit code 1 on error, 2 on bad
 * usage. The decisions are in `new-post-core.ts`; this file only reads the site settings and writes the file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type BuildOptions, buildOptionsFromEnv } from '../build/options.ts';
import { BroadsheetError } from '../errors.ts';
import { newPostUsage, planNewPost, readNewPostArgs } from './new-post-core.ts';

/** The site the build would use (BROADSHEET_ROOT, BROADSHEET_SITE, SITE_TIME_ZONE), or undefined once reported. */
function readOptions(env: NodeJS.ProcessEnv, cwd: string): BuildOptions | undefined {
  try {
    return buildOptionsFromEnv(env, cwd, { requirePosts: false });
  } catch (error) {
    if (!(error instanceof BroadsheetError)) throw error;
    console.error(`new: ${error.message}`);
    return undefined;
  }
}

/** Shows a path relative to the working folder when it is inside it, else in full. */
function shownPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

async function newPost(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string, now: Date): Promise<number> {
  const request = readNewPostArgs(argv);
  if (!request.ok) {
    console.error(`${request.message}\n${newPostUsage}`);
    return 2;
  }
  const options = readOptions(env, cwd);
  if (options === undefined) return 1;
  const plan = planNewPost(request.value, { now, timeZone: options.site.timeZone, authors: Object.keys(options.site.authors) });
  if (!plan.ok) {
    console.error(plan.usage ? `${plan.message}\n${newPostUsage}` : plan.message);
    return plan.usage ? 2 : 1;
  }
  const file = path.join(options.root, plan.value.path);
  const shown = shownPath(cwd, file);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    // `wx` fails if the file exists, so a post written a moment ago by someone else is never overwritten either.
    await writeFile(file, plan.value.text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      console.error(`new: ${shown} already exists (a post with this date and headline); nothing was written. Edit that file, or give a different headline or --date.`);
    } else {
      console.error(`new: could not write ${shown}: ${(error as Error).message}. Check that ${shownPath(cwd, path.dirname(file))} is a writable folder.`);
    }
    return 1;
  }
  console.log(shown);
  return 0;
}

process.exitCode = await newPost(process.argv.slice(2), process.env, process.cwd(), new Date());
