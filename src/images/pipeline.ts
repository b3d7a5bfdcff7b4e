/**
 * Execution (issue #4): the only module that imports sharp. A source is decoded once, oriented and converted to
 * sRGB, into raw pixels; every variant and the placeholder are then made from that buffer, so a photo with fifteen
 * variants costs one decode. Outputs carry no metadata: sharp writes none unless asked (`keepMetadata`,
 * `withMetadata`…), and raw pixels have none to carry, so no GPS position or camera data leaves the build.
 */
import sharp, { type Metadata, type Sharp } from 'sharp';
import type { ImageSettings, Variant } from './types.ts';

/**
 * Part of every cache key: bump it whenever this file changes the bytes it writes (an encoder option, the
 * placeholder recipe, colour handling), so every cached variant is made again once.
 */
export const PIPELINE_VERSION = 1;

/**
 * Said explicitly, so a sharp upgrade cannot change the bytes. AVIF's effort is a setting (`avifEffort`, issue #14):
 * it decides most of a build's time when AVIF is on.
 */
const webpEffort = 4;
/** Palette PNG: lossy quantization at `quality.png`, as a graphic with transparency can take. */
const pngEffort = 7;

/** What sharp reads that the accepted source formats are called. `heif` covers AVIF. */
const sourceFormats = new Set(['jpeg', 'png', 'webp', 'gif', 'heif', 'avif', 'tiff']);

export type PixelFault = 'not-an-image' | 'damaged' | 'too-many-pixels';

/** A source sharp cannot use; the service turns it into a Problem, it never leaves the image service. */
export class PixelError extends Error {
  readonly fault: PixelFault;

  constructor(fault: PixelFault, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'PixelError';
    this.fault = fault;
  }
}

/**
 * Process-wide sharp settings, set on purpose: `threads` libvips threads per operation, from `sharpConcurrency`
 * (queue.ts), so operations × threads is about one thread per core instead of operations × cores threads thrashing.
 * libvips's operation cache is off: every pipeline here runs once (sources are decoded once, variants come from raw
 * memory), so cached operations would only hold memory.
 */
export function configureSharp(threads: number): void {
  sharp.cache(false);
  sharp.concurrency(threads);
}

/** What the header says, oriented; read without decoding pixels. */
export interface Header {
  readonly width: number;
  readonly height: number;
  readonly hasAlpha: boolean;
  readonly animated: boolean;
  readonly format: string;
}

/** One source's pixels: sRGB, 8 bits a channel, oriented, first frame only. */
export interface Decoded {
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
  readonly channels: 3 | 4;
  /** False when the source has an alpha channel that is opaque everywhere (GIFs always have one). */
  readonly hasAlpha: boolean;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).trim();
}

function pixelError(error: unknown): PixelError {
  const detail = firstLine(error);
  if (/unsupported image format/i.test(detail)) return new PixelError('not-an-image', 'found data in no format the image decoder knows', { cause: error });
  if (/pixel limit/i.test(detail)) return new PixelError('too-many-pixels', detail, { cause: error });
  // libvips keeps one error buffer for all threads: when two decodes fail at once, one may find it already emptied.
  return new PixelError('damaged', /^unknown error$/i.test(detail) ? 'the decoder gave no reason' : detail, { cause: error });
}

export async function readHeader(bytes: Buffer): Promise<Header> {
  let metadata: Metadata;
  try {
    // No pixel limit here: reading a header is cheap, and the caller compares the size with its own limit.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw pixelError(error);
  }
  if (!sourceFormats.has(metadata.format)) throw new PixelError('not-an-image', `found ${metadata.format.toUpperCase()} data, which is not a photo format`);
  return {
    width: metadata.autoOrient.width,
    height: metadata.autoOrient.height,
    hasAlpha: metadata.hasAlpha,
    animated: (metadata.pages ?? 1) > 1,
    format: metadata.format,
  };
}

function isOpaque(data: Buffer): boolean {
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) return false;
  return true;
}

/**
 * The one decode of a source. `autoOrient` applies the EXIF orientation; `toColourspace('srgb')` converts CMYK,
 * greyscale and profiled (P3, Adobe RGB…) sources to sRGB through their embedded ICC profile (CMYK without one
 * through libvips's default CMYK profile); raw output is 8-bit, so 16-bit sources are reduced here. Animated GIF and
 * WebP: only the first frame is read (`pages: 1`), so every variant is a still of the opening frame. `failOn:
 * 'error'` refuses truncated or corrupt data but tolerates the harmless warnings many camera JPEGs trigger.
 */
export async function decode(bytes: Buffer, maxPixels: number): Promise<Decoded> {
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error', autoOrient: true, pages: 1 })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3 && info.channels !== 4) throw new Error(`decoded to ${info.channels} channels, expected 3 or 4`);
    return { data, width: info.width, height: info.height, channels: info.channels, hasAlpha: info.channels === 4 && !isOpaque(data) };
  } catch (error) {
    throw error instanceof PixelError ? error : pixelError(error);
  }
}

function pixels(decoded: Decoded): Sharp {
  const image = sharp(decoded.data, { raw: { width: decoded.width, height: decoded.height, channels: decoded.channels } });
  return decoded.channels === 4 && !decoded.hasAlpha ? image.removeAlpha() : image;
}

/** One variant's bytes, from decoded pixels. */
export async function encode(decoded: Decoded, variant: Variant, settings: ImageSettings): Promise<Buffer> {
  const { quality } = settings;
  const resized =
    variant.crop === 'attention'
      ? pixels(decoded).resize(variant.width, variant.height, { fit: 'cover', position: sharp.strategy.attention })
      : pixels(decoded).resize(variant.width, variant.height, { fit: 'fill' });
  switch (variant.format) {
    case 'avif':
      return resized.avif({ quality: quality.avif, effort: settings.avifEffort }).toBuffer();
    case 'webp':
      return resized.webp({ quality: quality.webp, effort: webpEffort }).toBuffer();
    case 'png':
      return resized.png({ palette: true, quality: quality.png, effort: pngEffort, compressionLevel: 9 }).toBuffer();
    case 'jpeg':
      // Only a link preview of a transparent source gets here with alpha: JPEG has none, so lay it on white, not black.
      return resized.flatten({ background: '#ffffff' }).jpeg({ quality: quality.jpeg, progressive: true, mozjpeg: true }).toBuffer();
  }
}

/** The inline placeholder: a tiny, blurred WebP as a data URI (well under 1 KB at 16px). */
export async function placeholder(decoded: Decoded, size: { readonly width: number; readonly height: number }): Promise<string> {
  const bytes = await pixels(decoded).resize(size.width, size.height, { fit: 'fill' }).blur(1).webp({ quality: 50 }).toBuffer();
  return `data:image/webp;base64,${bytes.toString('base64')}`;
}
