/** Types of ./bundle.mjs (JavaScript: it runs before TypeScript can be loaded). */
/** A digest of the bundle's sources: every file under src/ and layouts/, tsconfig.json and package.json. */
export function bundleKey(generator: string): string;
/** The folder holding the bundled build (`build.mjs`, `worker.mjs`), made when missing; undefined if it cannot be. */
export function buildBundle(generator: string, script: string): Promise<string | undefined>;
