'use client';

import { Button } from '@facet/ui/button';
import { Field, Input } from '@facet/ui/field';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { fieldErrorsOf } from '@/components/form-errors';
import { useTRPC } from '@/trpc/client';

const FIELDS = [
  { name: 'name', label: 'yourName', type: 'text', autoComplete: 'name' },
  { name: 'email', label: 'email', type: 'email', autoComplete: 'email' },
  {
    name: 'password',
    label: 'password',
    type: 'password',
    autoComplete: 'new-password',
    hint: 'passwordHint',
  },
] as const;

export function SignUpForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const t = useTranslations('auth');
  const signUp = useMutation(trpc.account.signUp.mutationOptions());
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    };
    setErrors({});
    try {
      await signUp.mutateAsync(input);
    } catch (error) {
      setErrors(fieldErrorsOf(error, t('somethingWrong')));
      return;
    }
    await signIn('credentials', { email: input.email, password: input.password, redirect: false });
    router.replace('/');
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      {FIELDS.map((field) => (
        <Field
          key={field.name}
          id={field.name}
          label={t(field.label)}
          error={errors[field.name]}
          hint={'hint' in field ? t(field.hint) : undefined}
        >
          <Input
            id={field.name}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            required
            aria-invalid={errors[field.name] ? true : undefined}
            aria-describedby={errors[field.name] ? `${field.name}-error` : undefined}
          />
        </Field>
      ))}
      {errors.form ? (
        <p role="alert" className="text-sm text-destructive">
          {errors.form}
        </p>
      ) : null}
      <Button type="submit" disabled={signUp.isPending} size="lg">
        {signUp.isPending ? t('creating') : t('createAccount')}
      </Button>
    </form>
  );
}
