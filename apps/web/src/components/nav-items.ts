import type { Role } from '@facet/db/enums';

export interface NavItem {
  href: string;
  label: string;
}

/** What each role sees in the header. Guests see the shop and the way in. */
export const NAV_ITEMS: Record<Role | 'guest', NavItem[]> = {
  guest: [{ href: '/', label: 'Shop' }],
  customer: [
    { href: '/', label: 'Shop' },
    { href: '/upload', label: 'Upload' },
    { href: '/cart', label: 'Cart' },
    { href: '/orders', label: 'My orders' },
  ],
  seller: [{ href: '/crm', label: 'Dashboard' }],
  operator: [{ href: '/mes', label: 'Console' }],
  admin: [
    { href: '/admin', label: 'Admin' },
    { href: '/crm', label: 'CRM' },
    { href: '/mes', label: 'Console' },
  ],
};
