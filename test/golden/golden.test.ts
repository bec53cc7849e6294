import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCases, runCase } from './golden-cases.js';

for (const c of listCases()) {
  test(`golden case ${c.slug}`, async (t) => {
    if (!c.inputs) return t.skip('../shared is absent');
    const outputs = await runCase(c);
    for (const [name, actual] of outputs) {
      const path = join(c.dir, 'expected', name);
      assert.ok(existsSync(path), `${path} is missing: run npm run goldens`);
      assert.equal(actual, readFileSync(path, 'utf8'), `${c.slug}/${name} differs: review, then npm run goldens`);
    }
  });
}
