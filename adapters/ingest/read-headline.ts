/**
 * Takes the first line of a plain-text article as its title when it reads as a headline:
 * short, no sentence-final full stop, not a dateline or a bullet, followed by more text.
 * Example: "Secretary of State Blinken, Xi Jinping meet in Beijing, ‘agree’ on need to stabilize
 * U.S.-China relations" is a headline; "US Secretary of State Anthony Blinken met … countries." is not.
 */

/** Title and the body that remains. */
export interface Headline {
  title: string | null;
  body: string;
}

/** Split off the first line as the title when it reads as a headline. */
export function readHeadline(text: string): Headline {
  const lead = /^\s*/.exec(text)![0].length;
  const end = text.indexOf('\n', lead);
  if (end < 0) return { title: null, body: text };
  const line = text.slice(lead, end).trim();
  const rest = text.slice(end + 1);
  if (!rest.trim() || !isHeadline(line)) return { title: null, body: text };
  return { title: line, body: rest };
}

function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length < 3 || words.length > 25) return false;
  if (/[.:;,]$/.test(line)) return false; // "…countries." reads as a sentence, "Red lines stressed:" as a label
  if (/^[-*•·]/.test(line)) return false;
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(line)) return false;
  if (line === line.toUpperCase() && /\p{Lu}{3}/u.test(line)) return false; // an ALL-CAPS kicker is a heading
  return true;
}
