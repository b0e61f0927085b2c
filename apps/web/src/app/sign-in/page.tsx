import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AppShell } from '@/components/app-shell';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getSessionUser } from '@/server/auth';

export const metadata: Metadata = { title: 'Sign in' };

/** Only paths inside the app are followed after sign-in. */
function safeCallback(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  return path?.startsWith('/') && !path.startsWith('//') ? path : '/home';
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const callbackUrl = safeCallback((await searchParams).callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  return (
    <AppShell user={null}>
      <div className="mx-auto grid max-w-sm gap-6 py-8">
        <div className="grid gap-2 text-center">
          <h1 className="text-3xl">Welcome back</h1>
          <p className="text-sm text-muted-foreground">Sign in to follow your orders.</p>
        </div>
        <SignInForm callbackUrl={callbackUrl} />
        <p className="text-center text-sm text-muted-foreground">
          New here?{' '}
          <Link href="/sign-up" className="font-medium text-foreground underline underline-offset-4">
            Create an account
          </Link>
        </p>
      </div>
    </AppShell>
  );
}
