import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getSessionUser } from '@/server/auth';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signInTitle') };
}

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
  const t = await getTranslations('auth');
  return (
    <AppShell user={null}>
      <div className="mx-auto grid max-w-sm gap-6 py-8">
        <div className="grid gap-2 text-center">
          <h1 className="text-3xl">{t('welcomeBack')}</h1>
          <p className="text-sm text-muted-foreground">{t('signInLead')}</p>
        </div>
        <SignInForm callbackUrl={callbackUrl} />
        <p className="text-center text-sm text-muted-foreground">
          {t('newHere')}{' '}
          <Link href="/sign-up" className="font-medium text-foreground underline underline-offset-4">
            {t('createAnAccount')}
          </Link>
        </p>
      </div>
    </AppShell>
  );
}
