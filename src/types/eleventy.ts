/**
 * The part of Eleventy's configuration API Broadsheet calls, declared once: Eleventy 3 ships JavaScript without
 * usable types, and everything else in the code base goes through these names. Only what is called is declared.
 */
export interface EleventyCollectionItem {
  readonly inputPath: string;
  readonly url: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface EleventyCollectionApi {
  getAll(): EleventyCollectionItem[];
}

/** A template language added with `addExtension` (https://www.11ty.dev/docs/languages/custom/). */
export interface EleventyExtension {
  readonly key: string;
  compile?: () => (this: { defaultRenderer: (data: unknown) => Promise<unknown> }, data: unknown) => Promise<string>;
}

export interface EleventyConfig {
  addPlugin<Options>(plugin: (config: EleventyConfig, options: Options) => void | Promise<void>, options: Options): void;
  addGlobalData(name: string, value: unknown): void;
  addCollection(name: string, make: (api: EleventyCollectionApi) => unknown): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- filters take whatever templates pass
  addFilter(name: string, filter: (...args: any[]) => unknown): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shortcodes take whatever templates pass
  addAsyncShortcode(name: string, shortcode: (...args: any[]) => Promise<string>): void;
  addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
  addExtension(extensions: readonly string[], options: EleventyExtension): void;
  addTemplateFormats(formats: readonly string[]): void;
  setLibrary(name: 'md', library: unknown): void;
  setDataDirectory(folder: string): void;
  setIncludesDirectory(folder: string): void;
  setQuietMode(quiet: boolean): void;
}
