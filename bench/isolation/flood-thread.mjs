// Entry of the flood's thread: lets the thread load the TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('./flood.ts');
