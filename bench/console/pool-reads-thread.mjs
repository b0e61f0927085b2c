// Entry of the pool reads' thread: lets the thread load the TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('./pool-reads.ts');
