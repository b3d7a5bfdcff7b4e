/**
 * The progress line while photos are encoded (issue #14), pure: what to print and when, from sources done, sources
 * queued and the time since the first was queued. A 1,300-photo archive encodes for minutes; without it a build
 * looks stuck. The clock is passed in, so tests need no waiting; `site-images.ts` prints what this returns.
 */

export interface ProgressState {
  readonly done: number;
  readonly total: number;
  /** Since the first source was queued. */
  readonly elapsedMs: number;
}

export interface ProgressOptions {
  /** A terminal: a bar redrawn in place at every source. Otherwise (CI logs) a plain line every `intervalMs`. */
  readonly interactive: boolean;
  readonly intervalMs: number;
  readonly now: () => number;
}

const barWidth = 20;

/** `14 s`, `2 min 5 s`; whole seconds, at least 1. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const rest = seconds % 60;
  return `${Math.floor(seconds / 60)} min${rest === 0 ? '' : ` ${rest} s`}`;
}

/** What is left at the pace so far; undefined until a source is done (no pace yet). */
export function timeLeftMs(state: ProgressState): number | undefined {
  if (state.done === 0) return undefined;
  return (state.elapsedMs / state.done) * Math.max(0, state.total - state.done);
}

/** `images: 120/200 encoded, about 14 s left`, with `[########............] ` before the count on a terminal. */
export function progressLine(state: ProgressState, bar: boolean): string {
  const filled = state.total === 0 ? 0 : Math.round((barWidth * Math.min(state.done, state.total)) / state.total);
  const drawn = bar ? `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ` : '';
  const left = timeLeftMs(state);
  const tail = state.done >= state.total ? ` in ${formatDuration(state.elapsedMs)}` : left === undefined ? ', estimating time left' : `, about ${formatDuration(left)} left`;
  return `images: ${drawn}${state.done}/${state.total} encoded${tail}`;
}

/**
 * Decides which updates become lines. Nothing at all when no source needed encoding (a warm cache). In a log, the
 * first line only once `intervalMs` has passed, so a build that encodes for a moment adds no lines; the last line
 * (`finish`) only when an earlier one was printed.
 */
export class ProgressMeter {
  readonly #options: ProgressOptions;
  #started: number | undefined;
  #lastShown: number | undefined;
  #state: ProgressState = { done: 0, total: 0, elapsedMs: 0 };

  constructor(options: ProgressOptions) {
    this.#options = options;
  }

  /** A new count; the line to print now, if any. */
  update(done: number, total: number): string | undefined {
    const now = this.#options.now();
    this.#started ??= now;
    this.#state = { done, total, elapsedMs: now - this.#started };
    if (total === 0) return undefined;
    const { interactive, intervalMs } = this.#options;
    if (!interactive && now - (this.#lastShown ?? this.#started) < intervalMs) return undefined;
    this.#lastShown = now;
    return progressLine(this.#state, interactive);
  }

  /** The closing line once every source is done; undefined when nothing was shown. */
  finish(): string | undefined {
    if (this.#lastShown === undefined || this.#started === undefined) return undefined;
    const { total } = this.#state;
    return progressLine({ done: total, total, elapsedMs: this.#options.now() - this.#started }, this.#options.interactive);
  }
}
