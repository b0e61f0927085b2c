'use client';

import type { TContact } from '@facet/core/crm/client-dto';
import { Button } from '@facet/ui/button';
import { Field, Input } from '@facet/ui/field';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Trash2 } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { fieldErrorsOf } from '@/components/form-errors';
import { useTRPC } from '@/trpc/client';

/** The people to talk to at a client, with a small form to add one. */
export function ClientContacts({ clientId, contacts }: { clientId: string; contacts: TContact[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations('crmUi');
  const tCommon = useTranslations('common');
  const [adding, setAdding] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const refresh = () => queryClient.invalidateQueries(trpc.crm.clients.get.queryFilter({ clientId }));
  const add = useMutation(
    trpc.crm.clients.addContact.mutationOptions({
      onSuccess: async () => {
        toast.success(t('contacts.added'));
        setAdding(false);
        await refresh();
      },
      onError: (error) => setErrors(fieldErrorsOf(error, t('common.somethingWrong'))),
    }),
  );
  const remove = useMutation(
    trpc.crm.clients.removeContact.mutationOptions({
      onSuccess: async () => {
        toast.success(t('contacts.removed'));
        await refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({});
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    add.mutate({
      clientId,
      name: text('name'),
      role: text('role'),
      email: text('email'),
      phone: text('phone'),
    });
  };
  return (
    <section aria-labelledby="contacts-title" className="grid gap-2">
      <div className="flex items-center justify-between">
        <h2 id="contacts-title" className="text-base font-semibold">
          {t('contacts.title')}
        </h2>
        {!adding ? (
          <Button size="sm" variant="ghost" onClick={() => setAdding(true)}>
            {t('contacts.add')}
          </Button>
        ) : null}
      </div>
      {contacts.length === 0 && !adding ? (
        <p className="text-sm text-muted-foreground">{t('contacts.none')}</p>
      ) : (
        <ul className="grid gap-2">
          {contacts.map((contact) => (
            <li key={contact.id} className="flex items-start gap-2 text-sm">
              <div className="min-w-0 flex-1">
                <p className="font-medium">
                  {contact.name}
                  {contact.role ? (
                    <span className="font-normal text-muted-foreground"> · {contact.role}</span>
                  ) : null}
                </p>
                {contact.email ? (
                  <a
                    className="block truncate text-muted-foreground hover:underline"
                    href={`mailto:${contact.email}`}
                  >
                    {contact.email}
                  </a>
                ) : null}
                {contact.phone ? (
                  <a
                    className="block text-muted-foreground hover:underline"
                    href={`tel:${contact.phone.replaceAll(' ', '')}`}
                  >
                    {contact.phone}
                  </a>
                ) : null}
              </div>
              <Button
                size="icon"
                variant="ghost"
                className="size-8"
                aria-label={t('common.remove', { name: contact.name })}
                disabled={remove.isPending}
                onClick={() => remove.mutate({ contactId: contact.id })}
              >
                <Trash2 aria-hidden />
              </Button>
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <form onSubmit={submit} className="grid gap-3 rounded-md border border-border p-3" noValidate>
          <Field id="contact-name" label={t('common.name')} error={errors.name}>
            <Input id="contact-name" name="name" aria-invalid={errors.name ? true : undefined} />
          </Field>
          <Field id="contact-role" label={t('contacts.role')} error={errors.role}>
            <Input id="contact-role" name="role" placeholder={t('contacts.rolePlaceholder')} />
          </Field>
          <Field id="contact-email" label={t('common.email')} error={errors.email}>
            <Input
              id="contact-email"
              name="email"
              type="email"
              aria-invalid={errors.email ? true : undefined}
            />
          </Field>
          <Field id="contact-phone" label={t('common.phone')} error={errors.phone}>
            <Input
              id="contact-phone"
              name="phone"
              type="tel"
              aria-invalid={errors.phone ? true : undefined}
            />
          </Field>
          {errors.form ? (
            <p role="alert" className="text-sm text-destructive">
              {errors.form}
            </p>
          ) : null}
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={add.isPending}>
              {add.isPending ? t('common.adding') : t('contacts.add')}
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setAdding(false)}>
              {tCommon('cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
