/**
 * `npm run train -- <model>`: fits one of the project's small models from public data in
 * ../shared and writes its weights as JSON beside the stage that reads them. Deterministic:
 * the same data gives the same bytes. Models: conflicts (the conflict pair model).
 */
const trainers: Record<string, () => Promise<unknown>> = {
  conflicts: async () => (await import('./train-conflicts.js')).trainConflicts(),
};

const wanted = process.argv.slice(2);
if (wanted.length === 0 || wanted.some((w) => !trainers[w])) {
  console.error(`usage: npm run train -- <${Object.keys(trainers).join('|')}>`);
  process.exit(2);
}
for (const name of wanted) await trainers[name]!();
