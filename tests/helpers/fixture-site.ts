/**
 * Builds throwaway sites for the integration tests: a temp folder with posts/, assets/images/ and a site.json,
 * built by the real build script in a child process, exactly as `npm run build` runs it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A 2x2 JPEG, so fixture posts can name an image that exists; its bytes decide its name. */
export const tinyJpeg = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAACAAIBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  'base64',
);
export const tinyJpegName = `${createHash('md5').update(tinyJpeg).digest('hex')}.jpg`;

export interface FixtureSite {
  readonly root: string;
  readonly out: string;
  write(relativePath: string, content: string | Buffer): void;
  remove(relativePath: string): void;
  build(args?: readonly string[], env?: Record<string, string | undefined>): BuildResult;
  /** The same build in the background, for builds that must run side by side. */
  buildAsync(args?: readonly string[], env?: Record<string, string>): Promise<AsyncBuildResult>;
  read(outputPath: string): string;
  exists(outputPath: string): boolean;
  /** Every file under _site/, relative, sorted. */
  files(): string[];
  /** A digest of every file's path, size and bytes under _site/. */
  fingerprint(): string;
  dispose(): void;
}

export interface BuildResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface AsyncBuildResult extends BuildResult {
  /** stdout and stderr as they came, interleaved. */
  readonly output: string;
  /** The build was killed for taking longer than it was given. */
  readonly timedOut: boolean;
}

/** How `npm run build` starts the build: every test that runs it runs exactly this. */
const buildCommand: readonly string[] = ['src/cli/run.mjs', 'src/cli/build.ts', '--config=.eleventy.ts'];

/** The process environment with `env` over it; an undefined value removes a variable. */
function environment(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries({ ...process.env, ...env }).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** Runs the build command from the repository, as `npm run build` does, and waits for it. */
export function runBuild(args: readonly string[], env: Readonly<Record<string, string | undefined>>): BuildResult {
  const result = spawnSync(process.execPath, [...buildCommand, ...args], { cwd: repoRoot, encoding: 'utf8', env: environment(env) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The build command in the background; killed (and `timedOut`) after `timeoutMs`. */
export function runBuildAsync(args: readonly string[], env: Readonly<Record<string, string | undefined>>, timeoutMs = 60_000): Promise<AsyncBuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...buildCommand, ...args], { cwd: repoRoot, env: environment(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), (output += chunk.toString())));
    child.stderr.on('data', (chunk: Buffer) => ((stderr += chunk.toString()), (output += chunk.toString())));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, output, timedOut });
    });
  });
}

export function createFixtureSite(settings: Record<string, unknown>): FixtureSite {
  const root = mkdtempSync(path.join(tmpdir(), 'broadsheet-fixture-'));
  const out = path.join(root, '_site');
  mkdirSync(path.join(root, 'posts'), { recursive: true });
  mkdirSync(path.join(root, 'assets/images'), { recursive: true });
  writeFileSync(path.join(root, 'site.json'), JSON.stringify(settings, null, 2));
  writeFileSync(path.join(root, 'assets/images', tinyJpegName), tinyJpeg);

  const siteEnv = {
    BROADSHEET_ROOT: root,
    BROADSHEET_SITE: path.join(root, 'site.json'),
    BUILD_TIME: '2026-01-01T00:00:00Z',
    TZ: 'Asia/Tokyo', // the machine's zone must never leak into dates
    // Every page an incremental build keeps by its fingerprint is laid out anyway and compared (src/build/pipeline.ts).
    BROADSHEET_VERIFY_INCREMENTAL: '1',
  };

  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : [path.relative(out, full).split(path.sep).join('/')];
    });

  return {
    root,
    out,
    write(relativePath, content) {
      mkdirSync(path.dirname(path.join(root, relativePath)), { recursive: true });
      writeFileSync(path.join(root, relativePath), content);
    },
    remove(relativePath) {
      rmSync(path.join(root, relativePath), { force: true });
    },
    build(args = [], env = {}) {
      return runBuild(args, { ...siteEnv, ...env });
    },
    buildAsync(args = [], env = {}) {
      return runBuildAsync(args, { ...siteEnv, ...env });
    },
    read(outputPath) {
      return readFileSync(path.join(out, outputPath), 'utf8');
    },
    exists(outputPath) {
      try {
        return statSync(path.join(out, outputPath)).isFile();
      } catch {
        return false;
      }
    },
    files() {
      return walk(out).sort();
    },
    fingerprint() {
      const hash = createHash('sha256');
      for (const file of walk(out).sort()) hash.update(file).update('\0').update(readFileSync(path.join(out, file))).update('\0');
      return hash.digest('hex');
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Front matter + body, for fixture posts. */
export function post(frontMatter: string, body = 'A first paragraph.\n\nA second paragraph.'): string {
  return `---\n${frontMatter.trim()}\n---\n\n${body}\n`;
}
