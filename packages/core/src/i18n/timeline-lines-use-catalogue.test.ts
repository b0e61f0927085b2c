/**
 * What the system writes on a timeline is said from the catalogue, so a Russian reader never meets
 * an English line: no order change (`transitionOrder`, `recordOrderChange`, `recordOrderEvent`) is
 * given its `reason` as a string or template literal, and no order leaves a tree (`markOffTree`) with
 * one. A reason a person typed reaches them as a value (`input.reason`), never as text in the code;
 * a tree's own lines (`recordTreeEvent`) take a catalogue message by their type.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CORE_SRC = join(import.meta.dirname, '..');
const WRITERS = new Set(['transitionOrder', 'recordOrderChange', 'recordOrderEvent', 'markOffTree']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function isText(node: ts.Expression): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
    return true;
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return isText(node.expression);
  if (ts.isConditionalExpression(node)) return isText(node.whenTrue) || isText(node.whenFalse);
  if (ts.isBinaryExpression(node)) return isText(node.left) || isText(node.right);
  return false;
}

/** `file:line  reason` for each timeline line written as text in `text`. */
export function textualLines(path: string, text: string): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && WRITERS.has(node.expression.text)) {
      for (const argument of node.arguments) {
        if (!ts.isObjectLiteralExpression(argument)) continue;
        for (const property of argument.properties) {
          if (
            ts.isPropertyAssignment(property) &&
            ts.isIdentifier(property.name) &&
            property.name.text === 'reason' &&
            isText(property.initializer)
          ) {
            const { line } = file.getLineAndCharacterOfPosition(property.getStart(file));
            found.push(`${path}:${line + 1}  ${property.getText(file).slice(0, 80)}`);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the timelines’ lines', () => {
  it('are all said from the catalogue, never as English text in place', () => {
    const found = sourceFiles(CORE_SRC).flatMap((path) =>
      textualLines(relative(CORE_SRC, path), readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('would notice a line written in place', () => {
    const lines = textualLines(
      'example.ts',
      [
        "await transitionOrder(db, { orderId, to: 'CANCELLED', actor, reason: 'Emptied the cart.' });",
        `await recordOrderChange(tx, { orderId, actor, type, reason: \`On the tree on flask \${flask}\` });`,
        "await markOffTree(tx, { treeId, orderId, reason: held ? 'Held' : domainMessage('timeline.cart-emptied') });",
        'await transitionOrder(db, { orderId, to, actor, reason: input.reason });',
        "await transitionOrder(db, { orderId, to, actor, reason: domainMessage('timeline.cart-emptied') });",
      ].join('\n'),
    );
    expect(lines.map((line) => line.split('  ')[0])).toEqual([
      'example.ts:1',
      'example.ts:2',
      'example.ts:3',
    ]);
  });
});
