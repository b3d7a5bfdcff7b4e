/**
 * What can go wrong with one image (issue #4), and how it is told to the author: a message that starts
 * "<page>: `<image>` …", says what was expected and found, and what to do.
 */
import { PixelError } from './pipeline.ts';
import { imagesDir } from './plan.ts';

export type Fault =
  | { readonly kind: 'missing' | 'outside' | 'changed' }
  | { readonly kind: 'unreadable' | 'not-an-image' | 'damaged' | 'failed'; readonly detail: string }
  | { readonly kind: 'too-many-pixels'; readonly width: number; readonly height: number }
  | { readonly kind: 'encode'; readonly fileName: string; readonly detail: string };

/** Carries a Fault through a task to the place that records it. */
export class FaultError extends Error {
  readonly fault: Fault;
  constructor(fault: Fault) {
    super(fault.kind);
    this.fault = fault;
  }
}

export function faultOf(error: unknown): Fault {
  if (error instanceof FaultError) return error.fault;
  if (error instanceof PixelError && error.fault !== 'too-many-pixels') return { kind: error.fault, detail: error.message };
  return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
}

/** What went wrong with one image and what to do, for a message that starts "<page>: `<image>` …". */
export function describeFault(fault: Fault, sitePath: string, maxPixels: number, cacheDir: string): { message: string; fix: string } {
  const addIt = 'add it with `npm run image -- path/to/photo.jpg` and use the path it prints';
  switch (fault.kind) {
    case 'missing':
      return { message: `was not found: expected an image file at ${sitePath} in the site folder; found none.`, fix: `Correct the path, or ${addIt}.` };
    case 'outside':
      return { message: `points outside the site folder; images must be under ${imagesDir}/.`, fix: `Copy the photo in: ${addIt}.` };
    case 'unreadable':
      return { message: `could not be read: ${fault.detail}.`, fix: 'Make the file readable (check its permissions) and build again.' };
    case 'not-an-image':
      return { message: `is not an image: expected a JPEG, PNG, WebP, GIF, AVIF or TIFF file; ${fault.detail}.`, fix: `Replace it with the photo itself, exported as JPEG or PNG: ${addIt}.` };
    case 'damaged':
      return { message: `is damaged: its pixels could not be decoded (${fault.detail}).`, fix: `Export the photo again from the original and ${addIt}.` };
    case 'too-many-pixels': {
      const pixels = fault.width * fault.height;
      const scale = Math.sqrt(maxPixels / pixels);
      const fits = `${Math.max(1, Math.floor(fault.width * scale))}x${Math.max(1, Math.floor(fault.height * scale))}`;
      return {
        message: `is ${fault.width}x${fault.height}, ${pixels.toLocaleString('en-US')} pixels; the limit (images.maxPixels) is ${maxPixels.toLocaleString('en-US')}, to keep an oversized or malicious file from exhausting memory.`,
        fix: `Scale it down to ${fits} or less before adding it, or raise images.maxPixels in the site settings if the file is trusted.`,
      };
    }
    case 'changed':
      return { message: 'changed while the build was reading it.', fix: `Build again once nothing is writing to ${imagesDir}/.` };
    case 'encode':
      return { message: `could not be written as ${fault.fileName}: ${fault.detail}.`, fix: 'Export the photo again as a plain sRGB JPEG or PNG and build again.' };
    case 'failed':
      return { message: `could not be processed: ${fault.detail}.`, fix: `Check that the image cache (${cacheDir}) and the output folder are writable, then build again.` };
  }
}
