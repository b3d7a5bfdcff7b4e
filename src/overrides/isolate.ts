/**
 * Imported by ./check.ts as `isolate.ts?broadsheet-check`, so that what this module imports resolves in isolation
 * (./hooks.mjs): tsx takes a specifier's query off before the hooks below it see it, and puts it back after, so
 * only the importing module's URL can carry the mark to them.
 */
export const importIsolated = (specifier: string): Promise<Readonly<Record<string, unknown>>> => import(specifier);
