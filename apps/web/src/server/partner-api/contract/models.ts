import { MAX_MODEL_BYTES } from '@facet/core/models/upload-model';
import { ZPartnerModel } from '@facet/core/partners/partner-model-dto';
import { z } from 'zod';
import { defineOperation } from '../operation';
import { ZIdParams } from './common';

export const uploadModelOperation = defineOperation({
  operationId: 'uploadModel',
  method: 'post',
  path: '/models',
  tag: 'Models',
  summary: 'Upload a 3D model (STL, OBJ or 3MF)',
  description: `Send the file as the raw body (\`Content-Type: application/octet-stream\`, name in \`?filename=\`) or as \`multipart/form-data\` with a \`file\` field. At most ${MAX_MODEL_BYTES / 1024 / 1024} MiB. The format is told from the content, not the name. The answer comes at once with \`status: UPLOADED\`; poll \`GET /models/{id}\` until it is \`ANALYSED\` (usually within seconds) to read the analysis, printability and quotes. A file uploaded before is recognised by its SHA-256 and is analysed at once.`,
  scope: 'models:write',
  limit: { cost: 5 },
  query: z.object({
    filename: z
      .string()
      .max(200)
      .optional()
      .meta({ description: 'The file name, for a raw body.', example: 'signet-ring.stl' }),
  }),
  upload: { maxBytes: MAX_MODEL_BYTES },
  responses: {
    201: {
      description: 'Stored; analysis follows (or is already there for a known file).',
      schema: ZPartnerModel,
      headers: { Location: 'The model’s URL.' },
    },
  },
  problems: [
    'validation-failed',
    'payload-too-large',
    'unsupported-media-type',
    'unprocessable',
    'invalid-input',
  ],
});

export const getModelOperation = defineOperation({
  operationId: 'getModel',
  method: 'get',
  path: '/models/{id}',
  tag: 'Models',
  summary: 'Get a model’s analysis, printability and a quote per alloy',
  scope: 'models:read',
  params: ZIdParams,
  responses: { 200: { description: 'The model.', schema: ZPartnerModel } },
  problems: ['not-found'],
});
