/** The programmatic entry of Eleventy 3, as far as Broadsheet calls it (see src/types/eleventy.ts). */
declare module '@11ty/eleventy' {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    source?: 'cli' | 'script';
    runMode?: 'build' | 'serve' | 'watch';
    pathPrefix?: string;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    /** Silences Eleventy's own console output, its error reports included (Broadsheet prints its own). */
    disableLogger(): void;
  }
}
