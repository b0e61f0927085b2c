/**
 * Every refusal of the domain is said from the catalogue (`domain-messages.ts`), so a Russian user
 * never meets an English sentence: no `new DomainError(…)` in core is given its message as a string
 * or template literal, directly or through a constant or a parameter's default.
 */

import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isTextWrittenInPlace, namedValues, sourceFiles } from './text-written-in-place';

const CORE_SRC = join(import.meta.dirname, '..');

/** `file:line  message` for each `new DomainError(code, <text>)` in `text`. */
export function textualRefusals(path: string, text: string): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const values = namedValues(file);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'DomainError'
    ) {
      const message = node.arguments?.[1];
      if (message && isTextWrittenInPlace(message, values)) {
        const { line } = file.getLineAndCharacterOfPosition(message.getStart(file));
        found.push(`${path}:${line + 1}  ${message.getText(file).slice(0, 80)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the domain’s refusals', () => {
  it('are all said from the catalogue, never as English text in place', () => {
    const found = sourceFiles(CORE_SRC).flatMap((path) =>
      textualRefusals(relative(CORE_SRC, path), readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('would notice a sentence written in place, however it is passed', () => {
    const refusals = textualRefusals(
      'example.ts',
      [
        "throw new DomainError('NOT_FOUND', 'No such thing.');",
        `throw new DomainError('CONFLICT', \`\${name} is taken.\`, { field: 'name' });`,
        "throw new DomainError('CONFLICT', held ? domainMessage('order.not-on-hold') : 'Held.');",
        "const SAID = 'Said once.';",
        "throw new DomainError('INVALID_INPUT', SAID);",
        "function refuse(message = 'A default.') { throw new DomainError('INVALID_INPUT', message); }",
        "throw new DomainError('NOT_FOUND', domainMessage('order.not-found'));",
        "throw new DomainError('UNPROCESSABLE', error.message, { field: 'file' });",
      ].join('\n'),
    );
    expect(refusals.map((line) => line.split('  ')[0])).toEqual([
      'example.ts:1',
      'example.ts:2',
      'example.ts:3',
      'example.ts:5',
      'example.ts:6',
    ]);
  });
});
