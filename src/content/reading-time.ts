/**
 * Reading time (issue #6): the minutes a story takes to read, shown in its byline as "4 min read". Pure: it takes
 * the story's markdown (or plain text) and counts what a reader reads.
 *
 * Scripts that separate words with spaces are counted in words, at about 230 a minute (silent reading of
 * non-fiction; Brysbaert 2019, "How many words do we read per minute?", measured 238 for English). Chinese and
 * Japanese write no spaces between words, so their characters are counted instead, at about 500 a minute.
 * Thai, Lao, Khmer and Myanmar also write no spaces; a run of them counts as one word, which undercounts, and is
 * left for when a site in those scripts needs it.
 */

export const wordsPerMinute = 230;
export const charactersPerMinute = 500;

/** A letter of Chinese or Japanese (Han, kana, and the marks they share such as ー and 々), not punctuation. */
const cjkCharacter = /(?=\p{L}|\p{Nl})[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}]/gu;
/**
 * Every letter `cjkCharacter` can match lies in these ranges: U+2E80–U+9FFF (radicals, CJK punctuation, kana,
 * ideographs), compatibility ideographs and forms, half- and full-width forms, and, as UTF-16 high surrogates,
 * U+16FE0 (iteration marks), U+1AFF0–U+1B2FF (kana supplements) and the supplementary ideographic planes (checked
 * against `cjkCharacter` for every code point up to U+3FFFF).
 */
const mayHoldCjk = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE10-\uFE4F\uFF00-\uFFEF\uD81B\uD82B\uD82C\uD840-\uD8BF]/;

/**
 * A word: letters or digits, with the marks, apostrophes and hyphens inside it (Hindi's vowel signs, "don't",
 * "well-known") and the point or comma inside a number ("12.5").
 */
const word = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’-]|(?<=\p{N})[.,](?=\p{N}))*/gu;

/**
 * Markdown that is not read: link and image targets, reference labels, HTML tags, bare URLs. The visible text stays,
 * and so does a title, which is an image's caption.
 */
function readableText(markdown: string): string {
  return markdown
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"([^"]*)")?\)/g, '] $1 ')
    .replace(/^\s{0,3}\[[^\]\n]+\]:\s+\S+.*$/gm, ' ')
    .replace(/\]\[[^\]\n]*\]/g, '] ')
    .replace(/\bhttps?:\/\/\S+/g, ' ');
}

/** Words (space-separated scripts) and characters (Chinese, Japanese) in a story's text. */
export function countReadable(markdown: string): { words: number; characters: number } {
  const text = readableText(markdown);
  // Most stories have no Chinese or Japanese: a plain range check spares them the costly script-property pass.
  const hasCjk = mayHoldCjk.test(text);
  const characters = hasCjk ? (text.match(cjkCharacter)?.length ?? 0) : 0;
  const words = (hasCjk ? text.replace(cjkCharacter, ' ') : text).match(word)?.length ?? 0;
  return { words, characters };
}

/** Whole minutes to read a story, at least 1. */
export function readingMinutes(markdown: string): number {
  const { words, characters } = countReadable(markdown);
  return Math.max(1, Math.round(words / wordsPerMinute + characters / charactersPerMinute));
}
