'use client';

import { Button } from '@facet/ui/button';
import { LogOut } from 'lucide-react';
import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';

export function SignOutButton() {
  const t = useTranslations('shell');
  return (
    <Button variant="ghost" size="sm" onClick={() => signOut({ callbackUrl: '/' })}>
      <LogOut aria-hidden />
      {t('signOut')}
    </Button>
  );
}
