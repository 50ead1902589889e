#!/usr/bin/env node
// The `nara` command. Its code is TypeScript in src/cli, run through tsx.
import { register } from 'tsx/esm/api';

// The CLI's own modules load through tsx. `nara serve` then turns tsx off
// before it loads the built web server, which is plain JavaScript and would
// only be slowed down by it (src/cli/serve.ts).
globalThis.__naraUnregisterTsx = register();
await import('../src/cli/main.ts');
