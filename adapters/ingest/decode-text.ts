/**
 * Bytes → text for article files: BOMs honoured (UTF-8, UTF-16 LE/BE), binary refused,
 * UTF-8 by default, and Windows-1252 for the lines that are not valid UTF-8 (a file with
 * mixed encodings keeps its UTF-8 lines and has only the others re-decoded).
 */
import { lazyPackage } from '../../src/lazy-package.js';

/** iconv-lite, required the first time a legacy encoding is met: UTF-8 input never loads it. */
const legacy = lazyPackage<typeof import('iconv-lite')>('iconv-lite');

/** Outcome of decoding a file's bytes. */
export type DecodedText =
  | { ok: true; text: string; encoding: string; warning?: string }
  | { ok: false; reason: 'binary'; detail: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode bytes as article text.
 * Binary: a NUL byte in the first 8 KiB (outside a UTF-16 file), or over 10% control bytes.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  const binary = sniffBinary(body);
  if (binary) return { ok: false, reason: 'binary', detail: binary };
  try {
    return { ok: true, text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    return decodeMixed(body);
  }
}

/** Returns why the bytes look binary, or null. */
function sniffBinary(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return `NUL byte at offset ${i}`;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  if (n > 0 && control / n > 0.1) return `${control} control bytes in the first ${n}`;
  return null;
}

/** Decode line by line: valid UTF-8 lines as UTF-8, the rest as Windows-1252. */
function decodeMixed(bytes: Uint8Array): DecodedText {
  const parts: string[] = [];
  let utf8Lines = 0;
  let legacyLines = 0;
  let lineStart = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      const line = bytes.subarray(lineStart, i);
      try {
        parts.push(utf8.decode(line));
        if (line.some((b) => b >= 0x80)) utf8Lines++;
      } catch {
        parts.push(legacy().decode(Buffer.from(line), 'win1252'));
        legacyLines++;
      }
      lineStart = i + 1;
    }
  }
  const mixed = utf8Lines > 0 && legacyLines > 0;
  return {
    ok: true,
    text: parts.join('\n'),
    encoding: mixed ? 'mixed utf-8/windows-1252' : 'windows-1252',
    warning: mixed
      ? `mixed encodings: ${legacyLines} line(s) decoded as Windows-1252, the rest as UTF-8`
      : 'not valid UTF-8; decoded as Windows-1252',
  };
}
