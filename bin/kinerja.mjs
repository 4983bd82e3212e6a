#!/usr/bin/env node
// The `kinerja` command: TypeScript sources run through tsx, like the server.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
