/**
 * A tiny lemma-ish stemmer for matching words across outlets: "lasted" → "last", "meeting" →
 * "meet", "embassies" → "embassy", "establishment" → "establish". Irregular forms are data.
 * Not linguistics: two words that stem alike are merely likely to mean the same slot.
 */
import slotWords from './data/slot-words.json' with { type: 'json' };

const irregular: Record<string, string> = slotWords.irregular;

/** Undo a doubled final consonant left by a suffix: "runn" → "run", "stopp" → "stop". */
function undouble(stem: string): string {
  return /([bdgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** Put back a silent e removed with a suffix: "arriv" → "arrive", "stat" → "state", "caus" → "cause". */
function restoreE(stem: string): string {
  return /(v|c|z|u|[^s]s|[^aeiou]at|ir|ur|dg|iz)$/.test(stem) ? stem + 'e' : stem;
}

/** Lower-case lemma-ish form of one word. */
export function stemWord(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w in irregular) return irregular[w];
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 7 && w.endsWith('ment')) return w.slice(0, -4);
  if (w.length > 5 && w.endsWith('ing')) return restoreE(undouble(w.slice(0, -3)));
  if (w.length > 4 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('eed')) return w.slice(0, -1);
  if (w.length > 4 && w.endsWith('ed')) return restoreE(undouble(w.slice(0, -2)));
  if (w.length > 4 && /(ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}
