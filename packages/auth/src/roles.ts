import type { Role } from '@facet/db/enums';

/** Where each role lands after signing in. */
export const ROLE_HOME: Record<Role, string> = {
  customer: '/',
  seller: '/crm',
  operator: '/mes',
  admin: '/admin',
};

export const ROLE_LABEL: Record<Role, string> = {
  customer: 'Customer',
  seller: 'Seller',
  operator: 'Operator',
  admin: 'Administrator',
};

/** The surfaces a role may open. Admins may open all of them. */
export const SURFACE_ROLES = {
  shop: ['customer', 'seller', 'operator', 'admin'],
  orders: ['customer'],
  crm: ['seller', 'admin'],
  mes: ['operator', 'admin'],
  admin: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Surface = keyof typeof SURFACE_ROLES;

export function canOpenSurface(role: Role, surface: Surface): boolean {
  return (SURFACE_ROLES[surface] as readonly Role[]).includes(role);
}
