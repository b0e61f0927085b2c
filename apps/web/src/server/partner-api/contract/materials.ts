import { ZMaterials } from '@facet/core/partners/list-materials';
import { defineOperation } from '../operation';

export const listMaterialsOperation = defineOperation({
  operationId: 'listMaterials',
  method: 'get',
  path: '/materials',
  tag: 'Materials and quotes',
  summary: 'List alloys, their metal prices and the finishes on offer',
  scope: 'models:read',
  responses: { 200: { description: 'The alloys that can be ordered today.', schema: ZMaterials } },
  problems: [],
});
