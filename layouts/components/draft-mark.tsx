/** Shown on drafts when they are built (serve, `--drafts`), so nobody mistakes one for a published story. */
export function DraftMark() {
  return <span class="draft-mark"> Draft</span>;
}
