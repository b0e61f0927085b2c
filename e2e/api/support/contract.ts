import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect } from '../../support/test';
import { apiUrl } from './stack';

type Json = Record<string, unknown>;
const DOCUMENT_ID = 'https://facet.example/openapi.json';

let loaded: Promise<{ document: Json; ajv: Ajv2020 }> | undefined;

/** The OpenAPI document the server serves, and a JSON Schema 2020-12 validator over it. */
export function servedDocument() {
  loaded ??= (async () => {
    const response = await fetch(apiUrl('/openapi.json'));
    expect(response.status).toBe(200);
    const document = (await response.json()) as Json;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ ...document, $id: DOCUMENT_ID });
    return { document, ajv };
  })();
  return loaded;
}

const validators = new Map<string, ValidateFunction>();

function pointer(...segments: string[]): string {
  return segments.map((segment) => segment.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
}

/**
 * Fails unless the response is documented for this operation: its status is listed, its content type
 * is the documented one, and its body validates against the documented schema.
 */
export async function expectDocumented(
  method: string,
  pathTemplate: string,
  response: Response,
): Promise<void> {
  const { document, ajv } = await servedDocument();
  const operation = (document.paths as Record<string, Record<string, Json>>)[pathTemplate]?.[
    method.toLowerCase()
  ];
  expect(operation, `${method} ${pathTemplate} is in the document`).toBeTruthy();
  const status = String(response.status);
  const documented = (operation!.responses as Record<string, Json>)[status];
  expect(documented, `${method} ${pathTemplate} documents status ${status}`).toBeTruthy();
  const content = documented!.content as Record<string, unknown> | undefined;
  const text = await response.clone().text();
  if (!content) {
    expect(text, `${method} ${pathTemplate} ${status} has no body`).toBe('');
    return;
  }
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  expect(Object.keys(content), `${method} ${pathTemplate} ${status} content type`).toContain(contentType);
  const ref = `${DOCUMENT_ID}#/${pointer('paths', pathTemplate, method.toLowerCase(), 'responses', status, 'content', contentType, 'schema')}`;
  let validate = validators.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    validators.set(ref, validate);
  }
  const body = JSON.parse(text) as unknown;
  const valid = validate(body);
  expect(
    valid,
    `${method} ${pathTemplate} ${status} body matches the document: ${ajv.errorsText(validate.errors)}\n${text.slice(0, 500)}`,
  ).toBe(true);
}

/** A problem response with the documented slug and status. */
export async function expectProblem(
  method: string,
  pathTemplate: string,
  response: Response,
  slug: string,
  status: number,
): Promise<Json> {
  await expectDocumented(method, pathTemplate, response);
  const body = (await response.clone().json()) as Json;
  expect({ status: response.status, type: body.type }).toEqual({
    status,
    type: `https://facet.example/problems/${slug}`,
  });
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(typeof body.detail).toBe('string');
  return body;
}
