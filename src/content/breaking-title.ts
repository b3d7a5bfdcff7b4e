/**
 * Headlines that say they are breaking news (issue #15). News desks write the flag into the headline itself,
 * "Breaking: Storm closes port" or "BREAKING NEWS: …", so a story is breaking when its title starts so, as well as
 * when its front matter says `breaking: true`. Only a colon ends the label: "Breaking Bad: the finale" and
 * "Breaking the deadlock" are ordinary headlines, and so is a dash ("Breaking — …"), which also starts headlines
 * about breaking things. The title is never changed; the breaking strip leaves the label out where it prints its
 * own, so it does not say "Breaking Breaking: …".
 */

/** "Breaking:" or "Breaking news:", any case, spaces around the colon optional, and a headline after it. */
const breakingLabel = /^\s*breaking(?:\s+news)?\s*:\s*(?=\S)/iu;

/** Whether a headline opens with the breaking label. */
export function hasBreakingLabel(title: string): boolean {
  return breakingLabel.test(title);
}

/** The headline without its breaking label, for places that show their own: "Breaking: Port shut" → "Port shut". */
export function withoutBreakingLabel(title: string): string {
  return title.replace(breakingLabel, '');
}
