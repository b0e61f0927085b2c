import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { getSessionUser } from '@/server/auth';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signUpTitle') };
}

export default async function SignUpPage() {
  if (await getSessionUser()) redirect('/home');
  const t = await getTranslations('auth');
  return (
    <AppShell user={null}>
      <div className="mx-auto grid max-w-sm gap-6 py-8">
        <div className="grid gap-2 text-center">
          <h1 className="text-3xl">{t('createYourAccount')}</h1>
          <p className="text-sm text-muted-foreground">{t('signUpLead')}</p>
        </div>
        <SignUpForm />
        <p className="text-center text-sm text-muted-foreground">
          {t('haveAccount')}{' '}
          <Link href="/sign-in" className="font-medium text-foreground underline underline-offset-4">
            {t('signIn')}
          </Link>
        </p>
      </div>
    </AppShell>
  );
}
