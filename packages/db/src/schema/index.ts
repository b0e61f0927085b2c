export * from './crm';
export * from './identity';
export * from './models';
export * from './orders';
export * from './outbox';
export * from './partners';
export * from './pricing';
export * from './production';
