/** A string made safe to stand for itself inside a RegExp source: "U.S. (AP)" → "U\.S\. \(AP\)". */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
