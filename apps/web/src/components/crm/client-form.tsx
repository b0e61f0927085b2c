'use client';

import type { TClient } from '@facet/core/crm/client-dto';
import type { ClientKind } from '@facet/db/enums';
import { Button } from '@facet/ui/button';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { Field, Input } from '@facet/ui/field';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { fieldErrorsOf } from '@/components/form-errors';
import { useTRPC } from '@/trpc/client';

/** Create a client, or edit one (`client` given). Errors show next to their field. */
export function ClientForm({ client }: { client?: TClient }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const t = useTranslations('crmUi');
  const tCommon = useTranslations('common');
  const [kind, setKind] = useState<ClientKind>(client?.kind ?? 'person');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onError = (error: unknown) => setErrors(fieldErrorsOf(error, t('common.somethingWrong')));
  const create = useMutation(
    trpc.crm.clients.create.mutationOptions({
      onSuccess: ({ id }) => {
        toast.success(t('clientForm.added'));
        router.push(`/crm/clients/${id}`);
      },
      onError,
    }),
  );
  const update = useMutation(
    trpc.crm.clients.update.mutationOptions({
      onSuccess: async ({ id }) => {
        toast.success(t('clientForm.saved'));
        await queryClient.invalidateQueries(trpc.crm.clients.pathFilter());
        router.push(`/crm/clients/${id}`);
      },
      onError,
    }),
  );
  const pending = create.isPending || update.isPending;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({});
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    const values = {
      kind,
      name: text('name'),
      email: text('email'),
      phone: text('phone'),
      companyName: kind === 'company' ? text('companyName') : '',
    };
    if (client) update.mutate({ clientId: client.id, ...values });
    else create.mutate(values);
  };

  const invalid = (field: string) =>
    errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `${field}-error` } : {};

  return (
    <form
      onSubmit={submit}
      className="grid max-w-xl gap-5 rounded-lg border border-border bg-card p-5"
      noValidate
    >
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">{t('clientForm.kind')}</legend>
        <div className="flex gap-4 text-sm">
          {(['person', 'company'] as const).map((option) => (
            <label key={option} className="flex items-center gap-2">
              <input
                type="radio"
                name="kind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
                disabled={Boolean(client?.partner) && option === 'person'}
                className="accent-[var(--accent)]"
              />
              {option === 'person' ? t('clientForm.person') : t('clientForm.company')}
            </label>
          ))}
        </div>
        {errors.kind ? (
          <p role="alert" className="text-sm text-destructive">
            {errors.kind}
          </p>
        ) : null}
      </fieldset>
      <Field
        id="name"
        label={kind === 'company' ? t('clientForm.companyUsualName') : t('clientForm.fullName')}
        error={errors.name}
      >
        <Input
          id="name"
          name="name"
          defaultValue={client?.name}
          autoComplete="off"
          required
          {...invalid('name')}
        />
      </Field>
      {kind === 'company' ? (
        <Field
          id="companyName"
          label={t('clientForm.companyName')}
          error={errors.companyName}
          hint={t('clientForm.companyNameHint')}
        >
          <Input
            id="companyName"
            name="companyName"
            defaultValue={client?.companyName ?? ''}
            {...invalid('companyName')}
          />
        </Field>
      ) : null}
      <Field id="email" label={t('common.email')} error={errors.email}>
        <Input
          id="email"
          name="email"
          type="email"
          defaultValue={client?.email ?? ''}
          {...invalid('email')}
        />
      </Field>
      <Field id="phone" label={t('common.phone')} error={errors.phone} hint={t('clientForm.phoneHint')}>
        <Input id="phone" name="phone" type="tel" defaultValue={client?.phone ?? ''} {...invalid('phone')} />
      </Field>
      {errors.form ? (
        <p role="alert" className="text-sm text-destructive">
          {errors.form}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? tCommon('saving') : client ? t('clientForm.saveChanges') : t('clientForm.addClient')}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.back()}>
          {tCommon('cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The edit form, once the client is loaded. */
export function EditClientForm({ clientId }: { clientId: string }) {
  const trpc = useTRPC();
  const t = useTranslations('crmUi.clientCard');
  const client = useQuery(trpc.crm.clients.get.queryOptions({ clientId }));
  if (client.isPending) return <Skeleton className="h-96 max-w-xl" aria-busy />;
  if (client.isError) return <EmptyState title={t('notOpened')}>{client.error.message}</EmptyState>;
  return <ClientForm client={client.data} />;
}
