/** A string made safe to stand for itself inside a RegExp source: "U.S. (AP)" → "U\.S\. \(AP\)". */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words as one RegExp alternation, longest first so that "South African" wins over "African": "South African|African". */
export function alternationOf(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}
