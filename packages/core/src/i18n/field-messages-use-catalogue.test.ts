/**
 * A schema's own words for a wrong field come from the catalogue (`field-messages.ts`), so a Russian
 * user reads them in Russian: no check of a Zod schema in core (`.min(2, …)`, `.email(…)`,
 * `.refine(…, …)`, `z.enum(…, { message })`, `addIssue({ message })`…) is given its message as a
 * string or template literal, directly or through a constant or a parameter's default.
 */

import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isTextWrittenInPlace, namedValues, sourceFiles } from './text-written-in-place';

const CORE_SRC = join(import.meta.dirname, '..');

/** Checks whose message follows the value they check: `.min(2, message)`, `.regex(pattern, message)`. */
const MESSAGE_SECOND = new Set([
  'min',
  'max',
  'length',
  'gt',
  'gte',
  'lt',
  'lte',
  'multipleOf',
  'regex',
  'startsWith',
  'endsWith',
  'includes',
  'refine',
  'enum',
  'literal',
]);

/** Checks and types whose message is their only argument: `.email(message)`, `z.number({ message })`. */
const MESSAGE_FIRST = new Set([
  'email',
  'url',
  'uuid',
  'int',
  'positive',
  'negative',
  'nonnegative',
  'nonpositive',
  'finite',
  'nonempty',
  'string',
  'number',
  'boolean',
  'date',
  'bigint',
]);

/** Operator configuration, read at start-up from the environment: English for the operator. */
const OPERATOR_ONLY = ['shared/currency.ts', 'partners/webhook-target.ts', 'storage/storage-env.ts'];

/** The message an argument gives: itself, or the `message` / `error` of an options object. */
function messagesIn(argument: ts.Expression | undefined): ts.Expression[] {
  if (!argument) return [];
  if (!ts.isObjectLiteralExpression(argument)) return [argument];
  return argument.properties.flatMap((property) =>
    ts.isPropertyAssignment(property) &&
    ts.isIdentifier(property.name) &&
    ['message', 'error'].includes(property.name.text)
      ? [property.initializer]
      : [],
  );
}

/** `file:line  message` for each schema message written in place in `text`. */
export function textualFieldMessages(path: string, text: string): string[] {
  if (!/from 'zod'/.test(text)) return [];
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const values = namedValues(file);
  const found: string[] = [];
  const report = (message: ts.Expression) => {
    if (!isTextWrittenInPlace(message, values)) return;
    const { line } = file.getLineAndCharacterOfPosition(message.getStart(file));
    found.push(`${path}:${line + 1}  ${message.getText(file).slice(0, 80)}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      if (method === 'addIssue') messagesIn(node.arguments[0]).forEach(report);
      // A string's own `.includes(',')` or `.startsWith('fct_')` has one argument: never a message.
      if (MESSAGE_SECOND.has(method) && node.arguments.length > 1)
        messagesIn(node.arguments[1]).forEach(report);
      if (MESSAGE_FIRST.has(method)) messagesIn(node.arguments[0]).forEach(report);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('a schema’s own words for a wrong field', () => {
  it('are all said from the catalogue, never as English text in place', () => {
    const found = sourceFiles(CORE_SRC)
      .map((path) => relative(CORE_SRC, path))
      .filter((path) => !OPERATOR_ONLY.includes(path))
      .flatMap((path) => textualFieldMessages(path, readFileSync(join(CORE_SRC, path), 'utf8')));
    expect(found).toEqual([]);
  });

  it('would notice a message written in place, however it is passed', () => {
    const found = textualFieldMessages(
      'example.ts',
      [
        "import { z } from 'zod';",
        "const ZName = z.string().min(2, 'Give a name.');",
        'const ZMail = z.string().email(`That is not an email.`);',
        "const ZRole = z.enum(ROLES, { message: 'Choose a role.' });",
        "const ZPair = z.object({}).refine(ok, { message: 'Wrong.', path: ['to'] });",
        `const weight = (what: string) => z.number({ message: \`Enter the \${what}.\` });`,
        "const SAID = 'Said once.';",
        'const ZSaid = z.string().max(9, SAID);',
        "check((context) => context.addIssue({ code: 'custom', message: 'Custom.' }));",
        "const ZKept = z.string().min(2, fieldMessage('client.name-short')).max(9);",
        "const split = entry.includes(',') || name.startsWith('fct_');",
        "const ZPlain = z.string().min(1).regex(/^a/).refine(ok, fieldMessage('date.end-before-start'));",
      ].join('\n'),
    );
    expect(found.map((line) => line.split('  ')[0])).toEqual([
      'example.ts:2',
      'example.ts:3',
      'example.ts:4',
      'example.ts:5',
      'example.ts:6',
      'example.ts:8',
      'example.ts:9',
    ]);
  });
});
