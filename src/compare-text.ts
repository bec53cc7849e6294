/**
 * Order two strings by their UTF-16 code units, the same on every machine. `localeCompare`
 * follows the default locale (which the environment sets, so two machines could sort one story
 * differently) and its first call builds an ICU collator, about 10 ms of a short run's start-up.
 * Example: ["b", "B", "a"].sort(compareText) → ["B", "a", "b"].
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
