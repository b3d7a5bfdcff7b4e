/** Minimal flag parsing shared by the author tools: `--name value`, `--name=value`, boolean `--flag`, repeats kept. */
export interface ParsedArgs {
  readonly positional: readonly string[];
  /** The last value of each flag (`true` for a flag given without a value). */
  readonly flags: ReadonlyMap<string, string | true>;
  /** Every value of each flag, in order: `--tag a --tag b` gives ["a", "b"]. */
  readonly all: ReadonlyMap<string, ReadonlyArray<string | true>>;
}

/**
 * `valueFlags` take the next argument as their value unless it is itself an option, so `--tag --category X` reads
 * as a `--tag` with no value rather than a tag named "--category".
 */
export function parseArgs(argv: readonly string[], valueFlags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const all = new Map<string, Array<string | true>>();
  const add = (name: string, value: string | true): void => {
    const values = all.get(name);
    if (values === undefined) all.set(name, [value]);
    else values.push(value);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const next = argv[i + 1];
    if (eq !== -1) add(name, arg.slice(eq + 1));
    else if (valueFlags.includes(name) && next !== undefined && !next.startsWith('--')) add(name, argv[++i] ?? '');
    else add(name, true);
  }
  const flags = new Map<string, string | true>();
  for (const [name, values] of all) flags.set(name, values[values.length - 1] ?? true);
  return { positional, flags, all };
}
