'use client';

import { lockedForSeconds } from '@facet/auth/sign-in-lock';
import { Button } from '@facet/ui/button';
import { Field, Input } from '@facet/ui/field';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const t = useTranslations('auth');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    if (!result || result.error) {
      setPending(false);
      setError(signInErrorMessage(result?.error, t));
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      <Field id="email" label={t('email')}>
        <Input id="email" name="email" type="email" autoComplete="email" required autoFocus />
      </Field>
      <Field id="password" label={t('password')} error={error}>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'password-error' : undefined}
        />
      </Field>
      <Button type="submit" disabled={pending} size="lg">
        {pending ? t('signingIn') : t('signIn')}
      </Button>
    </form>
  );
}

/** The form's words for what next-auth answered: a lock-out says how long to wait, anything else is a mismatch. */
function signInErrorMessage(
  error: string | null | undefined,
  t: ReturnType<typeof useTranslations<'auth'>>,
): string {
  const lockedForS = lockedForSeconds(error);
  if (lockedForS !== null) {
    const minutes = Math.max(1, Math.ceil(lockedForS / 60));
    return t('lockedOut', { minutes });
  }
  return t('mismatch');
}
