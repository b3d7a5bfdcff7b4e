/**
 * Adds up timed spans that may overlap (several pages can wait for room in the search queue at once) as wall time:
 * the clock runs while at least one span is open. Used for the search line of the build log (issue #14).
 */
export interface Span {
  /** Closes the span; a second call does nothing. */
  end(): void;
}

export interface Stopwatch {
  begin(): Span;
  /** Milliseconds during which at least one span was open, up to the last span closed. */
  total(): number;
}

export function stopwatch(now: () => number = () => performance.now()): Stopwatch {
  let open = 0;
  let since = 0;
  let total = 0;
  return {
    begin() {
      if (open++ === 0) since = now();
      let ended = false;
      return {
        end() {
          if (ended) return;
          ended = true;
          if (--open === 0) total += now() - since;
        },
      };
    },
    total: () => total,
  };
}
