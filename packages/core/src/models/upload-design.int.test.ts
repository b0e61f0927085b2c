import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { models } from '@facet/db/schema/models';
import { DESIGN_PRESETS } from '@facet/mesh/parts/ready-made-designs';
import { useTestDb } from '@facet/testing/db';
import { makeUser } from '@facet/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDomainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import type { DomainError } from '../shared/errors';
import { LocalDiskStorage } from '../storage/local-disk-storage';
import { designFileName } from './describe-design';
import type { TDesign } from './design-schema';
import { uploadDesign } from './upload-design';

const { db } = useTestDb();
const storageDir = mkdtempSync(join(tmpdir(), 'facet-designs-'));
const storage = new LocalDiskStorage({ root: storageDir });

afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

async function shopper(): Promise<Actor> {
  const user = await makeUser(db, { role: 'customer' });
  return { kind: 'user', userId: user.id, role: 'customer', name: user.name };
}

describe('uploadDesign', () => {
  it('makes the design into an STL model of the shopper, the design kept beside it', async () => {
    const actor = await shopper();
    const design = DESIGN_PRESETS[0]!.design as TDesign;
    const model = await uploadDesign({ db, storage }, actor, { design });
    expect(model).toMatchObject({ originalName: designFileName(design), format: 'stl', status: 'UPLOADED' });
    const row = await db.query.models.findFirst({ where: eq(models.id, model.id) });
    expect(row?.design).toEqual(design);
    expect(row?.ownerUserId).toBe(actor.kind === 'user' ? actor.userId : null);
    expect(row?.sizeBytes).toBeGreaterThan(84);
  });

  it('refuses a design the builder cannot make, with its problems, and stores nothing', async () => {
    const actor = await shopper();
    const preset = DESIGN_PRESETS[0]!.design as TDesign;
    const design = { ...preset, piece: { ...preset.piece, widthMm: 40 } } as TDesign;
    const error = await uploadDesign({ db, storage }, actor, { design }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'DomainError', code: 'UNPROCESSABLE' });
    const problems = (error as { details: { problems: Array<{ code: string }> } }).details.problems;
    expect(problems.map((p) => p.code)).toContain('value-out-of-range');
    // Said in the shopper's language from the catalogue; English for logs.
    const { localized, message } = error as DomainError;
    expect(message).toContain('Band width must be between 1.5 and 12 mm (it is 40 mm).');
    expect(renderDomainMessage(localized!, 'ru')).toContain(
      'Ширина шинки: допустимо от 1,5 до 12 мм (сейчас 40 мм).',
    );
    const owned = await db
      .select({ id: models.id })
      .from(models)
      .where(eq(models.ownerUserId, actor.kind === 'user' ? actor.userId : ''));
    expect(owned).toEqual([]);
  });
});
