// Worker bootstrap: TypeScript sources load through tsx here too (the CLI has no build step).
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
