/**
 * Text files are UTF-8, strictly (issue #10): a post saved as Latin-1 would otherwise be published with U+FFFD
 * where its accents were. Pure: bytes in, text or a problem naming the line of the first bad byte out.
 */
import type { Problem } from '../errors.ts';

// `fatal`: throw instead of replacing. `ignoreBOM: false` (the default) makes the decoder drop a leading BOM
// (WHATWG Encoding, "decode"), so text never starts with U+FEFF.
const decoder = new TextDecoder('utf-8', { fatal: true });

const continuation = (byte: number | undefined): boolean => byte !== undefined && byte >= 0x80 && byte <= 0xbf;

/** The length of the well-formed UTF-8 sequence at `i` (RFC 3629, table 3-7 of Unicode), or 0 when it is not one. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead <= 0x7f) return 1;
  const second = bytes[i + 1];
  if (lead >= 0xc2 && lead <= 0xdf) return continuation(second) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const low = lead === 0xe0 ? 0xa0 : 0x80;
    const high = lead === 0xed ? 0x9f : 0xbf;
    return second !== undefined && second >= low && second <= high && continuation(bytes[i + 2]) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const low = lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xf4 ? 0x8f : 0xbf;
    return second !== undefined && second >= low && second <= high && continuation(bytes[i + 2]) && continuation(bytes[i + 3]) ? 4 : 0;
  }
  return 0;
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceAt(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** 1-based line of `offset`: one more than the newlines before it. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: Problem };

export function decodeUtf8(file: string, bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const byte = bytes[offset];
    const found = byte === undefined ? 'a byte' : `the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      ok: false,
      problem: {
        file,
        ...(offset < 0 ? {} : { line: lineAt(bytes, offset) }),
        message: `is not UTF-8 text: ${found} cannot be read as UTF-8 (the file looks like it was saved as Latin-1 or Windows-1252).`,
        fix: 'Save it as UTF-8 (in most editors: Save with Encoding → UTF-8) and build again.',
      },
    };
  }
}
