/**
 * What the catalogue guards (`*-use-catalogue.test.ts`) read core's code with: its source files, and
 * whether a message is a sentence written in place rather than a catalogue message.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Every `.ts` file under `dir` but tests. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The `const` initialisers and parameter defaults of a file, by name. */
export function namedValues(file: ts.SourceFile): Map<string, ts.Expression[]> {
  const values = new Map<string, ts.Expression[]>();
  const visit = (node: ts.Node) => {
    if (
      (ts.isVariableDeclaration(node) || ts.isParameter(node)) &&
      ts.isIdentifier(node.name) &&
      node.initializer
    ) {
      values.set(node.name.text, [...(values.get(node.name.text) ?? []), node.initializer]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return values;
}

/** Whether an expression is (or may be) a sentence written in place, directly or through a name. */
export function isTextWrittenInPlace(
  node: ts.Expression,
  values: Map<string, ts.Expression[]>,
  seen = new Set<string>(),
): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
    return true;
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
    return isTextWrittenInPlace(node.expression, values, seen);
  }
  if (ts.isConditionalExpression(node)) {
    return (
      isTextWrittenInPlace(node.whenTrue, values, seen) || isTextWrittenInPlace(node.whenFalse, values, seen)
    );
  }
  if (ts.isBinaryExpression(node)) {
    return isTextWrittenInPlace(node.left, values, seen) || isTextWrittenInPlace(node.right, values, seen);
  }
  if (ts.isIdentifier(node) && !seen.has(node.text)) {
    seen.add(node.text);
    return (values.get(node.text) ?? []).some((value) => isTextWrittenInPlace(value, values, seen));
  }
  return false;
}
