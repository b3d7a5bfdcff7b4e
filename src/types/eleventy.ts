/**
 * The part of Eleventy's configuration API Broadsheet calls, declared once: Eleventy 3 ships JavaScript without
 * usable types, and everything else in the code base goes through these names. Only what is called is declared.
 */
export interface EleventyEventArgs {
  readonly runMode: 'build' | 'serve' | 'watch';
  readonly directories: { readonly input: string; readonly output: string };
  readonly incremental: boolean;
}

export interface EleventyConfig {
  addPlugin<Options>(plugin: (config: EleventyConfig, options: Options) => void | Promise<void>, options: Options): void;
  addPassthroughCopy(paths: string | Record<string, string>): void;
  addWatchTarget(path: string): void;
  on(event: 'eleventy.before' | 'eleventy.after', handler: (args: EleventyEventArgs) => void | Promise<void>): void;
  setTemplateFormats(formats: readonly string[]): void;
  setQuietMode(quiet: boolean): void;
  setServerOptions(options: Record<string, unknown>): void;
}
