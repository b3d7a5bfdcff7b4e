/**
 * The shape of a grid of story cards (issue #15, "grids without holes"), decided from the number of cards. Pure: the
 * classes the cards carry and the `sizes` their images announce both come from here, and site.css ("Story cards")
 * lays out what the classes say, with the numbers written below (its gaps, breakpoints and page width).
 *
 * Phones show one card a row, tablets (40rem and up) two, wide screens (64rem and up) three, or four of related
 * stories' compact cards. A count that does not fill its rows puts the remainder in the first row, whose cards are
 * wider: every row is full, the last one included, and the widest cards are the first, the newest of a listing and
 * the top story of a section block. Three columns: 1 → [1], 2 → [2], 4 → [1, 3], 5 → [2, 3], 7 → [1, 3, 3].
 *
 * A card with a row to itself or half a row on a wide screen, or a row to itself on a tablet, is wide enough to put
 * its image beside its text, as a section front gives its top story more room; narrower cards stack the image over
 * the text. A card without an image keeps its text in one column, under a rule (site.css `.card--text`). On phones
 * the first card of a grid shows its image above, the rest a thumbnail beside the headline (compact cards all do).
 */

/** `standard`: section blocks and listings; `compact`: related stories (no dek, four to a row). */
export type GridKind = 'standard' | 'compact';

/** Columns on a tablet and on a wide screen, per kind of grid (site.css `.cards`, `.cards--compact`). */
export const gridColumns: Readonly<Record<GridKind, { readonly medium: number; readonly wide: number }>> = {
  standard: { medium: 2, wide: 3 },
  compact: { medium: 2, wide: 4 },
};

/** Where one card sits in its grid. */
export interface CardSlot {
  /** How many cards share its row on a tablet (1: the whole row). */
  readonly medium: number;
  /** How many cards share its row on a wide screen. */
  readonly wide: number;
  /** On phones, a thumbnail beside the headline instead of the image above it. */
  readonly thumbnail: boolean;
}

/** For each of `count` cards in rows of `columns`, how many cards share its row: the remainder first. */
export function rowShares(count: number, columns: number): number[] {
  const first = count % columns;
  return Array.from({ length: count }, (_, index) => (index < first ? first : columns));
}

/** Each card's slot in a grid of `count` cards. */
export function cardSlots(count: number, kind: GridKind): CardSlot[] {
  const columns = gridColumns[kind];
  const medium = rowShares(count, columns.medium);
  const wide = rowShares(count, columns.wide);
  return medium.map((share, index) => ({ medium: share, wide: wide[index] ?? columns.wide, thumbnail: kind === 'compact' || index > 0 }));
}

/** A slot for a card whose grid is not known: a card in a full row of its kind. */
export function fullRowSlot(kind: GridKind): CardSlot {
  return { medium: gridColumns[kind].medium, wide: gridColumns[kind].wide, thumbnail: true };
}

/** The classes site.css lays a card out by: `card--m2 card--w3` is one of two in its row on tablets, of three on wide screens. */
export function slotClasses(slot: CardSlot): string {
  return `card--m${slot.medium} card--w${slot.wide}`;
}

/**
 * The image's part of a card whose image is beside its text, after the gap between them (site.css: `1fr 1fr`, and
 * `1fr 2fr` for compact cards, which have only a headline and a byline to set beside it).
 */
export const besideImagePart: Readonly<Record<GridKind, number>> = { standard: 1 / 2, compact: 1 / 3 };

/** A card with an image puts it beside its text (see the file's comment). */
export function besideText(band: 'medium' | 'wide', share: number): boolean {
  return band === 'medium' ? share === 1 : share <= 2;
}

/** A length the layout computes: `vw` hundredths of the viewport plus `rem`. */
interface Length {
  readonly vw: number;
  readonly rem: number;
}

/** site.css: the column gap of `.cards`, and of an image beside its text. */
const gap = 1.75;
/** site.css: the thumbnail's width on phones. */
const thumbnail = 7;

/**
 * The grid's width from each breakpoint up: `main`'s content box, 75rem at most less gutters of clamp(1rem, 4vw,
 * 2rem) each side. Below 40rem the gutters are 1rem to 4vw; 100vw - 2rem is at most a few pixels too wide there.
 */
const bands: ReadonlyArray<{ readonly from: number; readonly band: 'narrow' | 'medium' | 'wide'; readonly width: Length }> = [
  { from: 75, band: 'wide', width: { vw: 0, rem: 71 } },
  { from: 64, band: 'wide', width: { vw: 100, rem: -4 } },
  { from: 50, band: 'medium', width: { vw: 100, rem: -4 } },
  { from: 40, band: 'medium', width: { vw: 92, rem: 0 } },
  { from: 0, band: 'narrow', width: { vw: 100, rem: -2 } },
];

/** The width of a card that shares a row `width` wide with `share - 1` others, with `gap` between them. */
function cardWidth(width: Length, share: number): Length {
  return { vw: width.vw / share, rem: (width.rem - (share - 1) * gap) / share };
}

function css(length: Length): string {
  const round = (value: number) => (Math.sign(value) * Math.round(Math.abs(value) * 100)) / 100;
  const vw = round(length.vw);
  const rem = round(length.rem);
  if (vw === 0) return `${rem}rem`;
  if (rem === 0) return `${vw}vw`;
  return `calc(${vw}vw ${rem < 0 ? '-' : '+'} ${Math.abs(rem)}rem)`;
}

/** The image's width in its slot at one breakpoint. */
function imageWidth(slot: CardSlot, kind: GridKind, band: 'narrow' | 'medium' | 'wide', width: Length): Length {
  if (band === 'narrow') return slot.thumbnail ? { vw: 0, rem: thumbnail } : width;
  const share = band === 'medium' ? slot.medium : slot.wide;
  const card = cardWidth(width, share);
  if (!besideText(band, share)) return card;
  const part = besideImagePart[kind];
  return { vw: card.vw * part, rem: (card.rem - gap) * part };
}

/** Sizes by slot: a 10,000-story site lays out hundreds of thousands of cards in a handful of slots. */
const sizesBySlot = new Map<string, string>();

/** The `sizes` of the image of a `kind` card in `slot`: its width at each breakpoint, widest first; repeats folded. */
export function slotImageSizes(slot: CardSlot, kind: GridKind): string {
  const key = `${kind}|${slot.medium}|${slot.wide}|${slot.thumbnail}`;
  let sizes = sizesBySlot.get(key);
  if (sizes === undefined) sizesBySlot.set(key, (sizes = computeSizes(slot, kind)));
  return sizes;
}

function computeSizes(slot: CardSlot, kind: GridKind): string {
  const entries: Array<{ from: number; size: string }> = [];
  for (const { from, band, width } of bands) {
    const size = css(imageWidth(slot, kind, band, width));
    const previous = entries.at(-1);
    if (previous !== undefined && previous.size === size) previous.from = from;
    else entries.push({ from, size });
  }
  return entries.map(({ from, size }) => (from === 0 ? size : `(min-width: ${from}rem) ${size}`)).join(', ');
}
