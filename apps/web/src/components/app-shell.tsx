import type { SessionUser } from '@facet/auth/session-user';
import { Button } from '@facet/ui/button';
import { cn } from '@facet/ui/cn';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LocaleSwitcher } from './locale-switcher';
import { NAV_ITEMS } from './nav-items';
import { NavLinks } from './nav-link';
import { SignOutButton } from './sign-out-button';

/** The frame of every page: brand, the role's navigation, who is signed in. */
export async function AppShell({
  user,
  children,
  theme = 'light',
  wide = false,
}: {
  user: SessionUser | null;
  children: ReactNode;
  theme?: 'light' | 'dark';
  wide?: boolean;
}) {
  const items = NAV_ITEMS[user?.role ?? 'guest'];
  const t = await getTranslations();
  return (
    <div className={cn('flex min-h-dvh flex-col bg-background text-foreground', theme === 'dark' && 'dark')}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
      >
        {t('shell.skip')}
      </a>
      <header className="sticky top-0 z-40 border-b border-border bg-background/90 backdrop-blur">
        <div
          className={cn('mx-auto flex h-16 items-center gap-4 px-4', wide ? 'max-w-[1600px]' : 'max-w-6xl')}
        >
          <Link href="/" className="font-serif text-xl font-semibold tracking-tight">
            Facet
          </Link>
          <nav
            aria-label={t('shell.mainNav')}
            className="order-last -mx-2 flex w-full items-center gap-1 overflow-x-auto sm:order-none sm:mx-0 sm:w-auto sm:flex-1"
          >
            <NavLinks items={items} />
          </nav>
          {user ? (
            <div className="ml-auto flex items-center gap-2">
              <span className="hidden text-right text-sm leading-tight sm:block" data-testid="signed-in-as">
                <span className="block font-medium">{user.name}</span>
                <span className="block text-xs text-muted-foreground">{t(`roles.${user.role}`)}</span>
              </span>
              <LocaleSwitcher />
              <SignOutButton />
            </div>
          ) : (
            <div className="ml-auto flex items-center gap-2">
              <LocaleSwitcher />
              <Button asChild variant="ghost" size="sm">
                <Link href="/sign-in">{t('shell.signIn')}</Link>
              </Button>
              <Button asChild size="sm" className="hidden sm:inline-flex">
                <Link href="/sign-up">{t('shell.createAccount')}</Link>
              </Button>
            </div>
          )}
        </div>
      </header>
      <main
        id="main"
        className={cn('mx-auto w-full flex-1 px-4 py-8', wide ? 'max-w-[1600px]' : 'max-w-6xl')}
      >
        {children}
      </main>
      <footer className="border-t border-border py-6 text-center text-xs text-muted-foreground">
        {t('shell.footer')}
      </footer>
    </div>
  );
}
