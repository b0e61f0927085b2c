import type { Role } from '@facet/db/enums';

/** Demo sign-ins, printed by `pnpm dev`. For a local demo only. */
export const DEMO_PASSWORD = 'facet-demo-2026';

export const DEMO_USERS: Array<{ role: Role; name: string; email: string }> = [
  { role: 'admin', name: 'Ada Lindqvist', email: 'admin@facet.local' },
  { role: 'seller', name: 'Sam Moreau', email: 'seller@facet.local' },
  { role: 'operator', name: 'Olga Brandt', email: 'operator@facet.local' },
  { role: 'operator', name: 'Anna Kowalski', email: 'anna@facet.local' },
  { role: 'customer', name: 'Chloe Martin', email: 'customer@facet.local' },
];

export const DEMO_CLIENTS = [
  {
    kind: 'person' as const,
    name: 'Chloe Martin',
    email: 'customer@facet.local',
    phone: '+33 6 12 34 56 78',
  },
  { kind: 'person' as const, name: 'Jonas Berg', email: 'jonas.berg@example.com', phone: '+46 70 123 45 67' },
  { kind: 'person' as const, name: 'Priya Raman', email: 'priya@example.com', phone: '+44 7700 900123' },
  {
    kind: 'company' as const,
    name: 'Atelier Lumen',
    companyName: 'Atelier Lumen SARL',
    email: 'orders@atelier-lumen.example',
    phone: '+33 1 84 88 12 00',
  },
  {
    kind: 'company' as const,
    name: 'Nordic Forge',
    companyName: 'Nordic Forge AB',
    email: 'hello@nordicforge.example',
    phone: '+46 8 555 010 20',
  },
];
