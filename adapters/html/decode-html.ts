/**
 * Bytes → HTML string: gunzip, binary sniffing, then the charset from (in order) the byte-order
 * mark, the caller's Content-Type, `<meta charset>` / `http-equiv` in the first 4 KiB, and
 * finally strict UTF-8 with a windows-1252 fallback.
 */
import { gunzipSync } from 'node:zlib';
import { lazyPackage } from '../../src/lazy-package.js';
import { issueCodes } from '../../src/model/errors.js';
import type { ExtractWarning } from './types.js';

/** iconv-lite, required the first time a legacy encoding is met: UTF-8 input never loads it. */
const legacy = lazyPackage<typeof import('iconv-lite')>('iconv-lite');

/** A decoded page, or the reason it could not be decoded. */
export type DecodeResult =
  | { ok: true; html: string; encoding: string; warnings: ExtractWarning[] }
  | { ok: false; code: string; message: string };

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Loose = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decode raw page bytes (possibly gzipped) to a string; `maxBytes` caps raw and gunzipped size. */
export function decodeHtml(bytes: Uint8Array, contentType: string | undefined, maxBytes: number): DecodeResult {
  const warnings: ExtractWarning[] = [];
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  let data = bytes;
  if (data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b) {
    try {
      data = gunzipSync(data, { maxOutputLength: maxBytes });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') return tooLarge(maxBytes + 1, maxBytes);
      return { ok: false, code: issueCodes.INPUT_BINARY, message: `gzip data does not decompress: ${(error as Error).message}` };
    }
  }
  const bom = sniffBom(data);
  if (bom) {
    const html = bom.encoding === 'utf-8' ? utf8Loose.decode(data.subarray(bom.length)) : legacy().decode(Buffer.from(data.buffer, data.byteOffset + bom.length, data.length - bom.length), bom.encoding);
    return { ok: true, html, encoding: bom.encoding, warnings };
  }
  if (isBinary(data)) return { ok: false, code: issueCodes.INPUT_BINARY, message: 'not text: the bytes hold NULs or control characters (an image, PDF or archive?)' };
  const declared = charsetFrom(contentType) ?? sniffMetaCharset(data);
  const label = declared ? normaliseCharset(declared) : null;
  if (label && label !== 'utf-8') {
    if (legacy().encodingExists(label)) return { ok: true, html: legacy().decode(Buffer.from(data.buffer, data.byteOffset, data.length), label), encoding: label, warnings };
    warnings.push({ code: issueCodes.INPUT_ENCODING, message: `unknown charset "${declared}"; decoded as UTF-8` });
  }
  try {
    return { ok: true, html: utf8Strict.decode(data), encoding: 'utf-8', warnings };
  } catch {
    if (label === 'utf-8') {
      warnings.push({ code: issueCodes.INPUT_ENCODING, message: 'declared UTF-8 but holds invalid byte sequences; they were replaced' });
      return { ok: true, html: utf8Loose.decode(data), encoding: 'utf-8', warnings };
    }
    warnings.push({ code: issueCodes.INPUT_ENCODING, message: 'no charset declared and not valid UTF-8; decoded as windows-1252' });
    return { ok: true, html: legacy().decode(Buffer.from(data.buffer, data.byteOffset, data.length), 'windows-1252'), encoding: 'windows-1252', warnings };
  }
}

function tooLarge(size: number, max: number): DecodeResult {
  return { ok: false, code: issueCodes.INPUT_TOO_LARGE, message: `page of ${size} bytes is over the ${max}-byte cap` };
}

function sniffBom(d: Uint8Array): { encoding: string; length: number } | null {
  if (d.length >= 3 && d[0] === 0xef && d[1] === 0xbb && d[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (d.length >= 2 && d[0] === 0xff && d[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (d.length >= 2 && d[0] === 0xfe && d[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * Binary when the first 8 KiB hold a NUL or over 10% C0 controls other than tab/CR/LF/FF, or
 * start with a known non-HTML signature (e.g. "%PDF-", "\x89PNG", "PK\x03\x04").
 */
function isBinary(d: Uint8Array): boolean {
  const n = Math.min(d.length, 8192);
  if (n >= 4) {
    const sig = (d[0] << 24) | (d[1] << 16) | (d[2] << 8) | d[3];
    if (sig === 0x25504446 || sig === (0x89504e47 | 0) || sig === 0x504b0304 || sig === 0x47494638 || (d[0] === 0xff && d[1] === 0xd8 && d[2] === 0xff)) return true;
  }
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = d[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return n > 0 && controls / n > 0.1;
}

function charsetFrom(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return m ? m[1] : null;
}

/** `<meta charset="x">` or `<meta http-equiv="Content-Type" content="text/html; charset=x">` in the first 4 KiB. */
function sniffMetaCharset(d: Uint8Array): string | null {
  const head = Buffer.from(d.buffer, d.byteOffset, Math.min(d.length, 4096)).toString('latin1');
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return direct ? direct[1] : null;
}

/** WHATWG label aliases that matter in practice: latin1/ascii are windows-1252 in browsers. */
function normaliseCharset(label: string): string {
  const l = label.trim().toLowerCase();
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (l === 'iso-8859-1' || l === 'latin1' || l === 'us-ascii' || l === 'ascii' || l === 'iso8859-1' || l === 'l1' || l === 'cp1252') return 'windows-1252';
  // A page decoded from bytes without a BOM cannot really be UTF-16 (its ASCII meta was readable).
  if (l.startsWith('utf-16')) return 'utf-8';
  if (l === 'x-sjis' || l === 'shift-jis') return 'shift_jis';
  if (l === 'gb2312' || l === 'gbk') return 'gbk';
  return l;
}
