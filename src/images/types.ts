/**
 * The image pipeline's vocabulary (issue #4), split the way Hugo splits it: plan (pure) → execute (the only sharp
 * import) → cache (content-addressed, versioned) → markup (pure).
 */

export type OutputFormat = 'avif' | 'webp' | 'jpeg' | 'png';

/** Settings every image of a site shares; from `site.images`. */
export interface ImageSettings {
  /** Candidate widths in CSS pixels; a source is never enlarged past its own width. Default 320…1920. */
  readonly widths: readonly number[];
  /** Modern formats offered as `<source>`s, best first. The fallback (`jpeg`, or `png` with alpha) is added. */
  readonly formats: readonly ('avif' | 'webp')[];
  readonly quality: { readonly avif: number; readonly webp: number; readonly jpeg: number; readonly png: number };
  /** Width of the inline blurred placeholder. */
  readonly placeholderWidth: number;
  /** Link-preview (Open Graph) image size; cropped with sharp's attention strategy. */
  readonly og: { readonly width: number; readonly height: number };
  /** Refuse sources with more pixels than this (decompression bombs). */
  readonly maxPixels: number;
}

export function defaultImageSettings(): ImageSettings {
  return {
    widths: [320, 640, 960, 1280, 1920],
    formats: ['avif', 'webp'],
    quality: { avif: 50, webp: 75, jpeg: 78, png: 80 },
    placeholderWidth: 16,
    og: { width: 1200, height: 630 },
    maxPixels: 50_000_000,
  };
}

/** What the header of a source says, oriented (EXIF rotation applied to width and height). */
export interface SourceInfo {
  /** md5 of the source's bytes, hex. */
  readonly hash: string;
  readonly width: number;
  readonly height: number;
  readonly hasAlpha: boolean;
  /** GIF or WebP with more than one frame: variants use the first frame. */
  readonly animated: boolean;
  /** sharp's name for the input format: jpeg, png, webp, gif, avif, heif, tiff… */
  readonly format: string;
}

/** One file the pipeline writes. */
export interface Variant {
  readonly format: OutputFormat;
  readonly width: number;
  readonly height: number;
  /** `<md5>-<width>.<ext>` (`<md5>-og.jpg` for the link preview). */
  readonly fileName: string;
  /** Present for the link-preview crop. */
  readonly crop?: 'attention';
}

/** The plan for one source: its variants, grouped for markup. */
export interface ImagePlan {
  readonly source: SourceInfo;
  /** `jpeg`, or `png` for sources with transparency. */
  readonly fallback: 'jpeg' | 'png';
  /** Responsive variants, by format in `<source>` order then fallback, each ascending by width. */
  readonly variants: readonly Variant[];
  /** The 1200x630 link-preview image, when asked for. */
  readonly og?: Variant;
}

/** A processed image as markup needs it. */
export interface ProcessedImage {
  readonly plan: ImagePlan;
  /** `data:image/webp;base64,…` of a tiny blurred copy, under 1 KB. */
  readonly placeholder: string;
}
