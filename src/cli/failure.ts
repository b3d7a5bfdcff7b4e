/**
 * How a failed command explains itself (issue #10): a Broadsheet error prints its own message (it already names
 * the file, the field and the fix), a file-system failure says which path and what to do, and anything else is
 * called what it is, an internal error, with the trace only under --verbose. Pure.
 */
import { describeFileSystemFailure, isFileSystemFailure } from '../build/fs-errors.ts';
import { BroadsheetError } from '../errors.ts';
import { overrideFailure } from '../overrides/blame.ts';

/** The error and the errors it wraps: `cause`, and Eleventy's `originalError`, innermost last. */
export function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && !chain.includes(current) && chain.length < 20) {
    chain.push(current);
    const next = current as { cause?: unknown; originalError?: unknown };
    current = next.originalError ?? next.cause;
  }
  return chain;
}

/** `writing`: the folder the command was writing, named when a failed write does not say which file. */
export function describeFailure(error: unknown, verbose: boolean, writing?: string): string {
  const chain = errorChain(error);
  const ours = chain.find((e): e is BroadsheetError => e instanceof BroadsheetError);
  const fileSystem = chain.find(isFileSystemFailure);
  const innermost = chain[chain.length - 1];
  // An error thrown by the site's own layout override is the site's to fix, named by its file and line.
  const siteCode = ours === undefined ? overrideFailure(innermost) : undefined;
  let text: string;
  if (ours !== undefined) text = ours.message;
  else if (siteCode !== undefined) text = siteCode.message;
  else if (fileSystem !== undefined) text = describeFileSystemFailure(fileSystem, writing);
  else {
    const message = innermost instanceof Error ? innermost.message : String(innermost);
    text = `Internal error: ${message}\nThis is a fault in Broadsheet, not in your site. Run the build again with --verbose and report what it prints.`;
  }
  if (verbose) {
    const traces = chain.filter((e): e is Error => e instanceof Error && e.stack !== undefined).map((e) => e.stack);
    text += `\n\n--verbose: ${traces.join('\n caused by: ')}`;
  }
  return text;
}
