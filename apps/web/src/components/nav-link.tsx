'use client';

import { cn } from '@facet/ui/cn';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { NavItem } from './nav-items';

function matches(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The role's navigation; the item whose address matches the page most closely is marked current. */
export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const t = useTranslations('nav');
  const current = items
    .filter((item) => matches(pathname, item.href))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return items.map((item) => (
    <Link
      key={item.href}
      href={item.href}
      aria-current={item.href === current ? 'page' : undefined}
      className={cn(
        'shrink-0 rounded-md px-3 py-2 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
        item.href === current && 'bg-muted text-foreground',
      )}
    >
      {t(item.label)}
    </Link>
  ));
}
