/**
 * Feed bytes → text. Feeds lie about their encoding often: a feed declaring ISO-8859-1 that is
 * really UTF-8, or declaring UTF-8 and holding Windows-1252 bytes. Order of trust:
 * 1. a byte-order mark; 2. bytes that are valid UTF-8 (unless a multi-byte legacy charset such
 * as Shift_JIS is declared); 3. the declared charset (HTTP header, then XML declaration);
 * 4. Windows-1252, which decodes any byte.
 */
import iconv from 'iconv-lite';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const multiByteLegacy = /^(?:shift[_-]?jis|sjis|euc-jp|euc-kr|gb2312|gbk|gb18030|big5|iso-2022-jp)$/iu;

/** The charset named in a Content-Type header ("text/xml; charset=ISO-8859-1" → iso-8859-1), or null. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*"?([\w.:-]+)"?/iu.exec(contentType ?? '');
  return m ? m[1].toLowerCase() : null;
}

/** The encoding in an XML declaration (`<?xml version="1.0" encoding="windows-1252"?>`), or null. */
export function charsetOfXmlDeclaration(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const m = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/iu.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** Decode feed bytes; `encoding` says what was used, `warning` when the declaration was overruled. */
export function decodeFeed(bytes: Uint8Array, contentType?: string | null): { text: string; encoding: string; warning?: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8.decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const declared = charsetOfContentType(contentType) ?? charsetOfXmlDeclaration(bytes);
  const isLegacyMultiByte = declared !== null && multiByteLegacy.test(declared);
  if (!isLegacyMultiByte) {
    try {
      const text = utf8.decode(bytes);
      const overruled = declared !== null && !/^(?:utf-?8|us-ascii|ascii)$/iu.test(declared) && /[^\x00-\x7f]/u.test(text);
      return overruled ? { text, encoding: 'utf-8', warning: `declared ${declared} but the bytes are UTF-8` } : { text, encoding: 'utf-8' };
    } catch {
      // not UTF-8: fall through to the declared charset
    }
  }
  if (declared && !/^utf-?8$/iu.test(declared) && iconv.encodingExists(declared)) return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared };
  return {
    text: iconv.decode(Buffer.from(bytes), 'windows-1252'),
    encoding: 'windows-1252',
    warning: declared ? `declared ${declared} but the bytes are not; read as Windows-1252` : 'not UTF-8; read as Windows-1252',
  };
}
