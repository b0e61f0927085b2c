import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { models } from '@facet/db/schema/models';
import { isMeshError } from '@facet/mesh/errors';
import { parseModel } from '@facet/mesh/parse';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeUser } from '@facet/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDomainMessage, renderStoredMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { type DomainError, isDomainError } from '../shared/errors';
import { LocalDiskStorage } from '../storage/local-disk-storage';
import { type AnalyseBytes, analyseModel } from './analyse-model';
import { toModelDto } from './model-dto';
import { quoteModelInAlloys } from './quote-model-in-alloys';
import { uploadModel } from './upload-model';

const { db } = useTestDb();
const storageDir = mkdtempSync(join(tmpdir(), 'facet-rejections-'));
const storage = new LocalDiskStorage({ root: storageDir });
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

/** As the worker's mesh thread does: the parser's refusal with its English text and its message. */
const analyseBytes: AnalyseBytes = async (bytes, format) => {
  try {
    parseModel(bytes, { format });
  } catch (error) {
    if (isMeshError(error))
      return { ok: false, code: error.code, reason: error.message, message: error.localized };
    throw error;
  }
  throw new Error('These tests upload only files the parser refuses');
};

const CUT_OFF_STL = new TextEncoder().encode('solid ring\nfacet normal 0 0 1\n outer loop\n vertex 0 0 0\n');
const CYRILLIC = /[а-яё]{3,}/i;

let shopper: Actor;
beforeAll(async () => {
  const user = await makeUser(db, { role: 'customer' });
  shopper = { kind: 'user', userId: user.id, role: 'customer', name: user.name };
  await makeAlloy(db);
});

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isDomainError(error)) throw new Error(`Expected a refusal, got ${String(error)}`);
  return error;
}

describe('a model the parser refuses', () => {
  it('is refused at the door in the uploader’s language when it is no model at all', async () => {
    const error = await refusal(
      uploadModel({ db, storage }, shopper, {
        fileName: 'letter.txt',
        body: new TextEncoder().encode('hello, this is a letter\nnot a model\n'),
      }),
    );
    expect(error.code).toBe('UNPROCESSABLE');
    expect(error.localized?.key).toBe('mesh.unknown-format');
    expect(error.message).toMatch(/^This file is not a 3D model we can read/);
    const russian = renderDomainMessage(error.localized!, 'ru');
    expect(russian).toMatch(CYRILLIC);
    expect(russian).not.toContain('This file is not');
  });

  it('keeps the refusal as a message, for the shop to say it in Russian, and so does its next upload', async () => {
    const uploaded = await uploadModel({ db, storage }, shopper, { fileName: 'ring.stl', body: CUT_OFF_STL });
    expect(await analyseModel({ db, storage, analyseBytes }, uploaded.id)).toBe('rejected');
    const row = await db.query.models.findFirst({ where: eq(models.id, uploaded.id) });
    expect(row?.rejectionReason).toMatch(/^The STL file ends too early/);
    expect(row?.rejectionMessage).toMatchObject({
      key: 'mesh.text.cut-off',
      params: { kind: 'STL', line: 5 },
    });

    const dto = toModelDto(row!);
    const russian = renderStoredMessage(dto.rejectionMessage, 'ru');
    expect(russian).toMatch(/^Файл STL обрывается раньше времени/);
    expect(russian).not.toContain(dto.rejectionReason);
    expect(renderStoredMessage(dto.rejectionMessage, 'en')).toBe(dto.rejectionReason);

    // The same bytes again: the analysis by hash is reused, its message with it.
    const again = await uploadModel({ db, storage }, shopper, { fileName: 'ring-2.stl', body: CUT_OFF_STL });
    expect(again.status).toBe('REJECTED');
    expect(again.rejectionMessage).toEqual(dto.rejectionMessage);
  });

  it('is refused a quote with the parser’s reason in the shopper’s language', async () => {
    const uploaded = await uploadModel({ db, storage }, shopper, { fileName: 'bail.stl', body: CUT_OFF_STL });
    await analyseModel({ db, storage, analyseBytes }, uploaded.id);
    const error = await refusal(
      quoteModelInAlloys(db, shopper, { modelId: uploaded.id, finish: 'polished', scale: 1, quantity: 1 }),
    );
    expect(error.localized?.key).toBe('model.rejected');
    expect(error.message).toMatch(/^This model cannot be made: The STL file ends too early/);
    const russian = renderDomainMessage(error.localized!, 'ru');
    expect(russian).toMatch(/^Эту модель изготовить нельзя: Файл STL обрывается раньше времени/);
    expect(russian).not.toMatch(/ends too early|cannot be made/);
  });

  it('shows the stored English of a model rejected before messages were kept', async () => {
    const uploaded = await uploadModel({ db, storage }, shopper, {
      fileName: 'old.stl',
      body: new TextEncoder().encode('solid old\nfacet normal 0 0 1\n'),
    });
    await db
      .update(models)
      .set({ status: 'REJECTED', rejectionReason: 'The STL file is damaged.', rejectionMessage: null })
      .where(eq(models.id, uploaded.id));
    const row = await db.query.models.findFirst({ where: eq(models.id, uploaded.id) });
    const dto = toModelDto(row!);
    expect(dto.rejectionMessage).toBeNull();
    expect(renderStoredMessage(dto.rejectionMessage, 'ru') ?? dto.rejectionReason).toBe(
      'The STL file is damaged.',
    );
  });
});
