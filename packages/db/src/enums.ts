/** Value lists shared by the schema and the domain; plain constants so pure code can use them. */

export const ROLES = ['customer', 'seller', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ORDER_STATUSES = [
  'INITIATED',
  'FILE_UPLOADED',
  'SUBMITTED',
  'PRICE_CALCULATED',
  'MANUFACTURING_APPROVED',
  'MANUFACTURING_STARTED',
  'MANUFACTURING_COMPLETED',
  'PACKAGING',
  'SHIPPED',
  'CLOSED',
  'REJECTED',
  'CANCELLED',
  'ON_HOLD',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_CHANNELS = ['shop', 'crm', 'api'] as const;
export type OrderChannel = (typeof ORDER_CHANNELS)[number];

export const CLIENT_KINDS = ['person', 'company'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

export const MODEL_FORMATS = ['stl', 'obj', '3mf'] as const;
export type ModelFormat = (typeof MODEL_FORMATS)[number];

export const MODEL_STATUSES = ['UPLOADED', 'ANALYSED', 'REJECTED'] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];

export const FINISHES = ['polished', 'matte', 'satin'] as const;
export type Finish = (typeof FINISHES)[number];

export const API_SCOPES = [
  'models:write',
  'models:read',
  'orders:write',
  'orders:read',
  'webhooks:manage',
  'requests:read',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** A partner's key, and everything made with it, is live (real business) or test (the sandbox). */
export const API_MODES = ['live', 'test'] as const;
export type ApiMode = (typeof API_MODES)[number];

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

export const EVENT_ACTOR_KINDS = ['user', 'partner', 'system'] as const;
export type EventActorKind = (typeof EVENT_ACTOR_KINDS)[number];

export const CASTING_TREE_STATUSES = ['OPEN', 'CAST'] as const;
export type CastingTreeStatus = (typeof CASTING_TREE_STATUSES)[number];

/** How operators are paid: a fixed amount per finished order, or a share of its work price. */
export const PAY_RATE_KINDS = ['per_order', 'work_share'] as const;
export type PayRateKind = (typeof PAY_RATE_KINDS)[number];
