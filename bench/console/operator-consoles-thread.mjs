// Entry of the operator consoles' thread: lets the thread load the TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('./operator-consoles.ts');
