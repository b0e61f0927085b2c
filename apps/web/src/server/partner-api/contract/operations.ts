import type { PartnerOperation } from '../operation';
import { listMaterialsOperation } from './materials';
import { getModelOperation, uploadModelOperation } from './models';
import { cancelOrderOperation, createOrderOperation, getOrderOperation, listOrdersOperation } from './orders';
import { createQuoteOperation } from './quotes';
import { listRequestsOperation } from './requests';
import { advanceTestOrderOperation } from './sandbox';
import { pingOperation } from './system';
import {
  createWebhookEndpointOperation,
  deleteWebhookEndpointOperation,
  getWebhookEndpointOperation,
  listWebhookDeliveriesOperation,
  listWebhookEndpointsOperation,
  testWebhookEndpointOperation,
  updateWebhookEndpointOperation,
} from './webhook-endpoints';

/** Every operation of the partner API, in the order the docs show them. */
export const PARTNER_OPERATIONS: PartnerOperation[] = [
  listMaterialsOperation,
  uploadModelOperation,
  getModelOperation,
  createQuoteOperation,
  createOrderOperation,
  listOrdersOperation,
  getOrderOperation,
  cancelOrderOperation,
  advanceTestOrderOperation,
  listWebhookEndpointsOperation,
  createWebhookEndpointOperation,
  getWebhookEndpointOperation,
  updateWebhookEndpointOperation,
  deleteWebhookEndpointOperation,
  testWebhookEndpointOperation,
  listWebhookDeliveriesOperation,
  listRequestsOperation,
  pingOperation,
];
