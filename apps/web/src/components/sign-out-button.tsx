'use client';

import { Button } from '@facet/ui/button';
import { LogOut } from 'lucide-react';
import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <Button variant="ghost" size="sm" onClick={() => signOut({ callbackUrl: '/' })}>
      <LogOut aria-hidden />
      Sign out
    </Button>
  );
}
