/** `npm run goldens`: rewrites test/cases/<slug>/expected/* from the current code. Review the diff like code. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCases, runCase } from '../test/golden/golden-cases.js';

for (const c of listCases()) {
  if (!c.inputs) {
    console.log(`skip ${c.slug}: its ../shared input is absent`);
    continue;
  }
  const outputs = await runCase(c);
  mkdirSync(join(c.dir, 'expected'), { recursive: true });
  for (const [name, text] of outputs) writeFileSync(join(c.dir, 'expected', name), text);
  console.log(`wrote ${c.slug}: ${[...outputs.keys()].join(', ')}`);
}
