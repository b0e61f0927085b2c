// Entry of a mesh worker thread: lets the thread load the TypeScript task module.
import { register } from 'tsx/esm/api';

register();
const tasks = await import('./mesh-tasks.ts');
export default tasks.default;
