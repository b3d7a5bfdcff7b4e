/**
 * `npm run image -- path/to/photo.jpg [--alt "…"]`: checks that the file is a photo sharp can read, copies it to
 * `<BROADSHEET_ROOT>/assets/images/<md5>.<ext>` (once: an identical photo is already there under that name) and
 * prints the `image:` line to paste into a post. Exit code 1 on error, 2 on bad usage. The decisions are in
 * `add-image-core.ts`; this file reads, asks sharp and copies.
 */
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { addImageUsage, checkFormat, type DetectedFormat, imageExtension, planImage, readAddImageArgs } from './add-image-core.ts';

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

function describeReadError(source: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `image: ${source}: expected a photo file; found nothing at ${path.resolve(source)}. Check the path and run again.`;
  if (code === 'EISDIR') return `image: ${source}: expected a photo file; found a folder. Name one photo inside it.`;
  return `image: ${source}: could not be read (${(error as Error).message}). Check that the file exists and is readable.`;
}

async function detect(bytes: Buffer): Promise<DetectedFormat | Error> {
  try {
    const { format, compression } = await sharp(bytes).metadata();
    return { format, compression };
  } catch (error) {
    return error as Error;
  }
}

async function addImage(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const request = readAddImageArgs(argv);
  if (!request.ok) {
    console.error(`${request.message}\n${addImageUsage}`);
    return 2;
  }
  const { source, alt } = request.value;
  const ext = imageExtension(source);
  if (!ext.ok) {
    console.error(ext.message);
    return 1;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path.resolve(cwd, source));
  } catch (error) {
    console.error(describeReadError(source, error));
    return 1;
  }
  const detected = await detect(bytes);
  if (detected instanceof Error) {
    console.error(`image: ${source}: expected an image; sharp cannot read it (${detected.message}). Check that it is the photo you meant, re-export it, and run again.`);
    return 1;
  }
  const checked = checkFormat(source, ext.value, detected);
  if (!checked.ok) {
    console.error(checked.message);
    return 1;
  }
  const plan = planImage(bytes, checked.value, alt);
  const root = path.resolve(cwd, env['BROADSHEET_ROOT'] ?? '.');
  const target = path.join(root, plan.target);
  if (await exists(target)) {
    console.error(`${plan.target} is already there (the same photo was added before); nothing was copied.`);
  } else {
    // Written under a temporary name and renamed, so a failed copy never leaves a half-written image behind.
    const partial = `${target}.${process.pid}.partial`;
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(partial, bytes);
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      console.error(`image: could not copy ${source} to ${plan.target}: ${(error as Error).message}. Check that ${path.dirname(target)} is a writable folder.`);
      return 1;
    }
    console.error(`Copied ${source} to ${plan.target}. Paste into the post's front matter:`);
  }
  for (const line of plan.lines) console.log(line);
  return 0;
}

process.exitCode = await addImage(process.argv.slice(2), process.env, process.cwd());
