/**
 * `npm run schema`: writes schema/report.schema.json from the report model (src/model/report.ts).
 * A test fails when the committed file differs from what this would write.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportJsonSchema } from '../src/model/report-json-schema.js';
import { projectRoot } from '../bench/shared-data.js';

const path = join(projectRoot, 'schema', 'report.schema.json');
writeFileSync(path, JSON.stringify(reportJsonSchema(), null, 2) + '\n');
console.log(`wrote ${path}`);
