import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const name = process.argv[2];
const benchDir = import.meta.dirname;
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  console.error('usage: pnpm bench <name>   (e.g. pnpm bench mesh)');
  process.exit(2);
}
const file = join(benchDir, name, 'index.ts');
if (!existsSync(file)) {
  console.error(`no benchmark called "${name}": expected ${file}`);
  process.exit(2);
}
await import(pathToFileURL(file).href);
