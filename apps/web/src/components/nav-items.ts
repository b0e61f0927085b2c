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
    { href: '/build', label: 'Build' },
    { href: '/cart', label: 'Cart' },
    { href: '/orders', label: 'My orders' },
  ],
  seller: [
    { href: '/crm', label: 'Dashboard' },
    { href: '/crm/clients', label: 'Clients' },
    { href: '/crm/orders', label: 'Orders' },
    { href: '/crm/late', label: 'Late' },
    { href: '/crm/partners', label: 'Partners' },
    { href: '/crm/rules', label: 'Rules' },
  ],
  operator: [{ href: '/mes', label: 'Console' }],
  admin: [
    { href: '/admin', label: 'Health' },
    { href: '/admin/users', label: 'Users' },
    { href: '/admin/alloys', label: 'Alloys' },
    { href: '/admin/queues', label: 'Queues' },
    { href: '/crm', label: 'CRM' },
    { href: '/mes', label: 'Console' },
  ],
};
