#!/usr/bin/env node
// The `nara` command. Its code is TypeScript in src/cli, run through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
