/**
 * Unicode and whitespace normalisation of one article's raw text, before cleaning.
 */
import { repairMojibake } from './repair-mojibake.js';

/** What `normalizeText` may report; "bom", "mojibake" and "control-chars" hint at an encoding problem. */
export type TextRepair = 'bom' | 'mojibake' | 'line-endings' | 'unicode-spaces' | 'zero-width' | 'control-chars' | 'nfc';

/** Repairs that mean the input was not clean UTF-8: the caller raises INPUT_ENCODING for these. */
export const encodingRepairs: readonly TextRepair[] = ['bom', 'mojibake', 'control-chars'];

/** NBSP, ogham, en/em/thin/hair spaces, narrow NBSP, math space, ideographic space. */
const unicodeSpaces = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Zero-width space, word joiner, BOM used as ZWNBSP, soft hyphen, invisible operators. */
const zeroWidth = /[\u200B\u2060\uFEFF\u00AD\u2061-\u2064]/g;
/**
 * ZWNJ/ZWJ are spelling in Persian, Indic scripts and emoji, so they go only where a Latin letter,
 * digit, punctuation or space touches them ("Bei\u200Djing" → "Beijing").
 */
const joinersInLatin = /(?<=[\p{Script=Latin}\p{N}\p{P}\s]|^)[\u200C\u200D]+|[\u200C\u200D]+(?=[\p{Script=Latin}\p{N}\p{P}\s]|$)/gu;
/** C0 controls except tab and line feed, DEL, and C1 controls (left over from bad decoding). */
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;

/**
 * Normalise raw article text: BOM stripped, Windows-1252 mojibake repaired where certain
 * ("â€™" → "’"), CRLF/CR/NEL/U+2028/U+2029 → LF, zero-width characters removed, Unicode spaces
 * → " ", stray control characters removed, NFC. Smart quotes are kept. `repairs` lists what changed.
 */
export function normalizeText(raw: string): { text: string; repairs: string[] } {
  const repairs: TextRepair[] = [];
  let text = raw;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    repairs.push('bom');
  }
  const mojibake = repairMojibake(text);
  if (mojibake.isRepaired) {
    text = mojibake.text;
    repairs.push('mojibake');
  }
  const step = (pattern: RegExp, replacement: string, repair: TextRepair): void => {
    const next = text.replace(pattern, replacement);
    if (next !== text) {
      text = next;
      repairs.push(repair);
    }
  };
  step(/\r\n?|[\u0085\u2028\u2029]/g, '\n', 'line-endings');
  step(zeroWidth, '', 'zero-width');
  if (text.includes('\u200C') || text.includes('\u200D')) step(joinersInLatin, '', 'zero-width');
  step(unicodeSpaces, ' ', 'unicode-spaces');
  step(controls, '', 'control-chars');
  const nfc = text.normalize('NFC');
  if (nfc !== text) {
    text = nfc;
    repairs.push('nfc');
  }
  return { text, repairs: [...new Set(repairs)] };
}
