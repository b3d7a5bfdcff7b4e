/** The programmatic entry of Eleventy 3, as far as Broadsheet calls it (see src/types/eleventy.ts). */
declare module '@11ty/eleventy' {
  import type { EleventyConfig } from '../types/eleventy.ts';

  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    source?: 'cli' | 'script';
    runMode?: 'build' | 'serve' | 'watch';
    pathPrefix?: string;
    /** Runs with the configuration API, after the configuration file. */
    config?: (config: EleventyConfig) => void | Promise<void>;
  }

  /** One rendered template of `toJSON()`. */
  export interface EleventyResult {
    readonly url: string | false;
    readonly inputPath: string;
    readonly outputPath: string | false;
    readonly content: string;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** Renders every template into memory, writing nothing. */
    toJSON(): Promise<EleventyResult[]>;
    /** Silences Eleventy's own console output, its error reports included (Broadsheet prints its own). */
    disableLogger(): void;
  }
}
