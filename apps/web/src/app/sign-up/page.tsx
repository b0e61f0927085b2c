import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AppShell } from '@/components/app-shell';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { getSessionUser } from '@/server/auth';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage() {
  if (await getSessionUser()) redirect('/home');
  return (
    <AppShell user={null}>
      <div className="mx-auto grid max-w-sm gap-6 py-8">
        <div className="grid gap-2 text-center">
          <h1 className="text-3xl">Create your account</h1>
          <p className="text-sm text-muted-foreground">
            Order pieces cast from your own models and follow them live.
          </p>
        </div>
        <SignUpForm />
        <p className="text-center text-sm text-muted-foreground">
          Already have an account?{' '}
          <Link href="/sign-in" className="font-medium text-foreground underline underline-offset-4">
            Sign in
          </Link>
        </p>
      </div>
    </AppShell>
  );
}
