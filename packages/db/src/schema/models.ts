import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgEnum, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { MODEL_FORMATS, MODEL_STATUSES } from '../enums';
import { createdAt, id, updatedAt } from './columns';
import { modelsSchema } from './contexts';
import { users } from './identity';
import { apiModeEnum, partners } from './partners';

export const modelFormatEnum = pgEnum('model_format', MODEL_FORMATS);
export const modelStatusEnum = pgEnum('model_status', MODEL_STATUSES);

export const models = modelsSchema.table(
  'models',
  {
    id: id(),
    ownerUserId: uuid().references(() => users.id),
    partnerId: uuid().references(() => partners.id),
    /** `test` for a model a partner uploaded with a test key: seen only with test keys. */
    mode: apiModeEnum().notNull().default('live'),
    originalName: text().notNull(),
    fileKey: text().notNull(),
    format: modelFormatEnum().notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    sha256: text().notNull(),
    status: modelStatusEnum().notNull().default('UPLOADED'),
    /** MeshAnalysis from @facet/mesh, copied from the cache by content hash. */
    analysis: jsonb(),
    /** Why the file could not be read, in English (for logs, and rows from before rejectionMessage). */
    rejectionReason: text(),
    /** The same as a catalogue message (`{ key, params }`), said in each reader's language. */
    rejectionMessage: jsonb(),
    previewGlbKey: text(),
    previewPngKey: text(),
    /** Parameters of a piece built in the constructor, kept so the workshop can regenerate it. */
    design: jsonb(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('models_owner_idx').on(t.ownerUserId, t.createdAt.desc().nullsFirst()),
    index('models_partner_idx').on(t.partnerId, t.createdAt.desc().nullsFirst()),
    index('models_sha_idx').on(t.sha256),
    // The sweeper's look-up of models whose analysis or preview is overdue.
    index('models_unfinished_idx')
      .on(t.updatedAt)
      .where(sql`${t.status} = 'UPLOADED' or (${t.status} = 'ANALYSED' and ${t.previewPngKey} is null)`),
  ],
);

/** Analyses by content hash: the same file is never analysed twice. */
export const modelAnalyses = modelsSchema.table('model_analyses', {
  sha256: text().primaryKey(),
  analysis: jsonb(),
  rejectionCode: text(),
  rejectionReason: text(),
  /** The parser's refusal as a catalogue message (`{ key, params }`); null on rows from before it. */
  rejectionMessage: jsonb(),
  /** Previews are keyed by content too: `previews/<sha256>.glb` and `.png`. */
  previewGlbKey: text(),
  previewPngKey: text(),
  createdAt: createdAt(),
});

/**
 * Published for the other contexts (migration 0020): what a model is for an order and the workshop —
 * its name, format, size, status, analysis and previews — without its file, owner or design.
 */
export const modelSummaries = modelsSchema
  .view('model_summaries', {
    id: uuid().notNull(),
    originalName: text().notNull(),
    format: modelFormatEnum().notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    status: modelStatusEnum().notNull(),
    analysis: jsonb(),
    previewGlbKey: text(),
    previewPngKey: text(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  })
  .existing();

/**
 * Published for the other contexts (migration 0022): a model as the orders, the shop and the partner
 * API need it — whose it is and in which mode (who may order it), its name, format, size and hash,
 * status, analysis or why it was refused, its PNG preview (whether one is ready), its constructor
 * design (which prices its stone) and when it was uploaded; not its file or its 3D preview.
 */
export const modelDetails = modelsSchema
  .view('model_details', {
    id: uuid().notNull(),
    ownerUserId: uuid(),
    partnerId: uuid(),
    mode: apiModeEnum().notNull(),
    originalName: text().notNull(),
    format: modelFormatEnum().notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    sha256: text().notNull(),
    status: modelStatusEnum().notNull(),
    analysis: jsonb(),
    rejectionReason: text(),
    rejectionMessage: jsonb(),
    previewPngKey: text(),
    design: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  })
  .existing();
