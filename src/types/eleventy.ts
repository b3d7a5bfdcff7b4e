/**
 * The part of Eleventy's configuration API Broadsheet uses, declared once: Eleventy 3 ships JavaScript without
 * usable types, and everything else in the code base goes through these names.
 */
export interface EleventyEventArgs {
  readonly runMode: 'build' | 'serve' | 'watch';
  readonly directories: { readonly input: string; readonly output: string };
  readonly incremental: boolean;
}

export interface EleventyPageData {
  readonly page: { readonly url: string | false; readonly outputPath: string | false; readonly inputPath: string };
}

export interface EleventyTemplate<Data> {
  readonly data: Record<string, unknown>;
  readonly render: (data: Data & EleventyPageData) => string | Promise<string>;
}

export interface EleventyConfig {
  addPlugin<Options>(plugin: (config: EleventyConfig, options: Options) => void | Promise<void>, options: Options): void;
  addGlobalData(name: string, value: unknown): void;
  addTemplate<Data>(virtualPath: string, template: EleventyTemplate<Data>, data?: Record<string, unknown>): void;
  addPassthroughCopy(paths: string | Record<string, string>): void;
  addWatchTarget(path: string): void;
  addTransform(name: string, transform: (this: EleventyPageData, content: string, outputPath: string | false) => string | Promise<string>): void;
  on(event: 'eleventy.before' | 'eleventy.after', handler: (args: EleventyEventArgs) => void | Promise<void>): void;
  setTemplateFormats(formats: readonly string[]): void;
  setQuietMode(quiet: boolean): void;
  setUseGitIgnore(use: boolean): void;
  setWatchThrottleWaitTime(ms: number): void;
  setServerOptions(options: Record<string, unknown>): void;
  readonly ignores: Set<string>;
  readonly watchIgnores: Set<string>;
}
