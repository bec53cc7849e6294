/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 (or Latin-1): "â€™" → "’", "Ã©" → "é".
 * A run of such characters is turned back into its cp1252 bytes and each byte sequence is replaced
 * only when it is valid UTF-8 *and* decodes to a character that mojibake plausibly hides; anything
 * else is left exactly as written, so genuine accented text ("OLÉ”", "PERCHÈ…") is never touched.
 */
import cp1252 from './data/cp1252.json' with { type: 'json' };

/** Unicode code point → cp1252 byte, for the characters that cp1252 puts at 0x80-0xFF. */
const byteOf = new Map<number, number>();
cp1252.high.forEach((cp, i) => byteOf.set(cp ?? 0x80 + i, 0x80 + i));
for (let b = 0xa0; b <= 0xff; b++) byteOf.set(b, b);

/** Runs of two or more characters that cp1252 encodes at 0x80-0xFF: the only places mojibake can hide. */
const runPattern = new RegExp(
  `[${[...byteOf.keys()].map((cp) => `\\u{${cp.toString(16)}}`).join('')}]{2,}`,
  'gu',
);

/**
 * Is `cp`, decoded from a two-byte sequence, a character mojibake plausibly hides? Two cp1252
 * characters can form valid UTF-8 by accident ("É”" → U+0254), so only Latin-1/Latin Extended-A,
 * Greek and Cyrillic count; longer sequences ("â€™") are distinctive enough to accept as decoded.
 */
function isPlausibleTwoByte(cp: number): boolean {
  return (cp >= 0xa0 && cp <= 0x17f) || (cp >= 0x370 && cp <= 0x4ff);
}

/** Is `cp` a character a repair may produce (no controls, surrogates or noncharacters)? */
function isPlausible(cp: number, length: number): boolean {
  if (length === 2) return isPlausibleTwoByte(cp);
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  if ((cp & 0xfffe) === 0xfffe || (cp >= 0xfdd0 && cp <= 0xfdef)) return false;
  return cp > 0x7ff;
}

/**
 * Decodes one UTF-8 sequence starting at `i` in `bytes`; returns [codePoint, length] or null when
 * the bytes there are not a valid, shortest-form multi-byte sequence.
 */
function decodeSequence(bytes: number[], i: number): [number, number] | null {
  const lead = bytes[i];
  let length: number;
  let cp: number;
  let min = 0x80;
  let max = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) [length, cp] = [2, lead & 0x1f];
  else if (lead >= 0xe0 && lead <= 0xef) {
    [length, cp] = [3, lead & 0x0f];
    if (lead === 0xe0) min = 0xa0;
    if (lead === 0xed) max = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    [length, cp] = [4, lead & 0x07];
    if (lead === 0xf0) min = 0x90;
    if (lead === 0xf4) max = 0x8f;
  } else return null;
  if (i + length > bytes.length) return null;
  for (let k = 1; k < length; k++) {
    const b = bytes[i + k];
    const lo = k === 1 ? min : 0x80;
    const hi = k === 1 ? max : 0xbf;
    if (b < lo || b > hi) return null;
    cp = (cp << 6) | (b & 0x3f);
  }
  return [cp, length];
}

/** Repairs one run of cp1252-range characters; returns it unchanged when nothing decodes with certainty. */
function repairRun(run: string): string {
  const chars = [...run];
  const bytes = chars.map((c) => byteOf.get(c.codePointAt(0)!)!);
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const decoded = decodeSequence(bytes, i);
    if (decoded && isPlausible(decoded[0], decoded[1])) {
      out += String.fromCodePoint(decoded[0]);
      i += decoded[1];
    } else {
      out += chars[i];
      i += 1;
    }
  }
  return out;
}

/**
 * Repairs Windows-1252/Latin-1 mojibake where certain; returns the text and whether anything changed.
 * Double-encoded text ("Ã¢â‚¬â„¢") is repaired by a second pass.
 */
export function repairMojibake(text: string): { text: string; isRepaired: boolean } {
  let current = text;
  let isRepaired = false;
  for (let pass = 0; pass < 3; pass++) {
    const next = current.replace(runPattern, repairRun);
    if (next === current) break;
    current = next;
    isRepaired = true;
  }
  return { text: current, isRepaired };
}
