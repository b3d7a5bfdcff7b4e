/**
 * One hostile input, declared as data (issue #10): what the site folder holds, how the build is run, and what
 * must come of it. tests/integration/hostile.test.ts runs every case with the real build command.
 *
 * Paths are relative to the site folder. In link targets and file contents, `{outside}` stands for a folder
 * beside the site holding secrets (`secret.md`, `secret.jpg`, `secret.svg`, `folder/`), whose text must never be
 * published, and `{site}` for the site folder itself.
 */
export type Family =
  | 'front matter'
  | 'dates'
  | 'terms'
  | 'urls'
  | 'images'
  | 'markup'
  | 'settings'
  | 'environment'
  | 'file system'
  | 'liquid'
  | 'scale';

export interface HostileCase {
  readonly name: string;
  readonly family: Family;
  /** Files to write (text or bytes); they replace the sample site's. */
  readonly files?: Readonly<Record<string, string | Buffer>>;
  /** Symbolic links to make: link path → target. */
  readonly links?: Readonly<Record<string, string>>;
  /** Named pipes to make. */
  readonly fifos?: readonly string[];
  /** Empty folders to make. */
  readonly dirs?: readonly string[];
  /** Files or folders of the sample site to remove first. */
  readonly remove?: readonly string[];
  /** Settings merged over the sample site's (site.json); `null` removes a key. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Environment over the build's (BROADSHEET_ROOT, BROADSHEET_SITE, BUILD_TIME are set unless given). */
  readonly env?: Readonly<Record<string, string>>;
  readonly args?: readonly string[];
  /** Another live build holds the output's lock while this one runs. */
  readonly lockedByAnother?: boolean;
  readonly expect: Expectation;
}

export interface Expectation {
  readonly exit: 0 | 1;
  /** Fragments the build's output must contain (a failure's message, a warning). */
  readonly says?: ReadonlyArray<string | RegExp>;
  /** Output files that must exist after a successful build. */
  readonly publishes?: readonly string[];
  /** Output files that must not exist. */
  readonly omits?: readonly string[];
  /** Text no output file may contain (the secret of `{outside}` never may). */
  readonly never?: readonly string[];
  /**
   * Output files where a story body's own raw HTML may be live: authors are trusted by default (`bodies.sanitize`
   * off), so a case about listings leaves the story page itself out of the live-markup scan.
   */
  readonly trustedBodyIn?: readonly string[];
  /** Look at the published site further; throw to fail. */
  readonly check?: (site: PublishedSite) => void;
}

export interface PublishedSite {
  /** Every file under _site/, relative, sorted. */
  files(): string[];
  read(outputPath: string): string;
  readonly output: string;
}

/** The secret every `{outside}` file holds. */
export const secret = 'OUTSIDE-SECRET-7f3a';

/** A post file as authors write them. */
export function post(frontMatter: Readonly<Record<string, string>>, body = 'A first paragraph.\n\nA second paragraph.'): string {
  const lines = Object.entries(frontMatter).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/** The front matter every story of the sample site has, for cases that change one field. */
export function story(fields: Readonly<Record<string, string>> = {}, body?: string): string {
  return post({ title: '"A story"', date: '2025-10-09T11:08:38', author: 'a', categories: '[News]', ...fields }, body);
}
