import type { Role } from '@facet/db/enums';

export interface NavItem {
  href: string;
  /** Its name's key under `nav` in the message catalogues. */
  label: string;
}

/** What each role sees in the header. Guests see the shop and the way in. */
export const NAV_ITEMS: Record<Role | 'guest', NavItem[]> = {
  guest: [{ href: '/', label: 'shop' }],
  customer: [
    { href: '/', label: 'shop' },
    { href: '/upload', label: 'upload' },
    { href: '/build', label: 'build' },
    { href: '/cart', label: 'cart' },
    { href: '/orders', label: 'myOrders' },
  ],
  seller: [
    { href: '/crm', label: 'dashboard' },
    { href: '/crm/clients', label: 'clients' },
    { href: '/crm/orders', label: 'orders' },
    { href: '/crm/late', label: 'late' },
    { href: '/crm/partners', label: 'partners' },
    { href: '/crm/rules', label: 'rules' },
  ],
  operator: [{ href: '/mes', label: 'console' }],
  admin: [
    { href: '/admin', label: 'health' },
    { href: '/admin/users', label: 'users' },
    { href: '/admin/alloys', label: 'alloys' },
    { href: '/admin/stones', label: 'stones' },
    { href: '/admin/earnings', label: 'earnings' },
    { href: '/admin/webhook-networks', label: 'webhookNetworks' },
    { href: '/admin/queues', label: 'queues' },
    { href: '/crm', label: 'crm' },
    { href: '/mes', label: 'console' },
  ],
};
