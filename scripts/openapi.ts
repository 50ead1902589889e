// Writes the OpenAPI document generated from the zod schemas (npm run openapi).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../src/lib/app/openapi.ts';

const file = fileURLToPath(new URL('../src/lib/app/openapi.json', import.meta.url));
writeFileSync(file, `${JSON.stringify(buildOpenApiDocument(), null, '\t')}\n`);
console.log(`Skrev ${file}`);
