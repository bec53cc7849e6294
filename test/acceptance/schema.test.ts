import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { reportJsonSchema } from '../../src/model/report-json-schema.js';
import { analyze } from '../../src/pipeline.js';
import { readArticles } from '../../adapters/ingest/read-articles.js';
import { projectRoot } from '../helpers/shared.js';

const schemaPath = join(projectRoot, 'schema', 'report.schema.json');

test('schema/report.schema.json is what the model says (run npm run schema after changing it)', () => {
  assert.equal(readFileSync(schemaPath, 'utf8'), JSON.stringify(reportJsonSchema(), null, 2) + '\n');
});

test('the demo report and an empty report validate against the published schema', async () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  const read = await readArticles([join(projectRoot, 'examples', 'demo')]);
  for (const report of [await analyze(read.articles), await analyze([])]) {
    const ok = validate(JSON.parse(JSON.stringify(report)));
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 3)));
  }
});
