'use client';

import { ROLES, type Role } from '@facet/db/enums';
import { Button } from '@facet/ui/button';
import { Badge, EmptyState, Skeleton } from '@facet/ui/feedback';
import { Field, FormError, Input } from '@facet/ui/field';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useState } from 'react';
import { toast } from 'sonner';
import { RelativeDate } from '@/components/crm/relative-date';
import { fieldErrorsOf } from '@/components/form-errors';
import { LoadFailedMessage } from '@/components/load-failed-message';
import { useTRPC } from '@/trpc/client';

const selectClass =
  'h-9 rounded-md border border-input bg-background px-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring';

function CreateUserForm({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const t = useTranslations('uiRest.users');
  const roles = useTranslations('roles');
  const common = useTranslations('common');
  const create = useMutation(
    trpc.admin.users.create.mutationOptions({
      onSuccess: async (user) => {
        toast.success(t('created', { name: user.name, role: user.role }));
        await queryClient.invalidateQueries(trpc.admin.users.pathFilter());
        onDone();
      },
      onError: (error) => setErrors(fieldErrorsOf(error)),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({});
    const form = new FormData(event.currentTarget);
    create.mutate({
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      role: String(form.get('role') ?? 'seller') as Role,
      temporaryPassword: String(form.get('temporaryPassword') ?? ''),
    });
  };
  const invalid = (field: string) => (errors[field] ? { 'aria-invalid': true as const } : {});
  return (
    <form
      onSubmit={submit}
      className="grid gap-4 rounded-lg border border-border bg-card p-4 sm:grid-cols-2"
      noValidate
    >
      <h2 className="font-sans text-base font-semibold sm:col-span-2">{t('addPerson')}</h2>
      <Field id="user-name" label={t('name')} error={errors.name}>
        <Input id="user-name" name="name" autoComplete="off" {...invalid('name')} />
      </Field>
      <Field id="user-email" label={t('email')} error={errors.email}>
        <Input id="user-email" name="email" type="email" autoComplete="off" {...invalid('email')} />
      </Field>
      <Field id="user-role" label={t('role')} error={errors.role}>
        <select id="user-role" name="role" defaultValue="seller" className={`${selectClass} h-10 w-full`}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {roles(role)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="user-password"
        label={t('temporaryPassword')}
        error={errors.temporaryPassword}
        hint={t('temporaryPasswordHint')}
      >
        <Input
          id="user-password"
          name="temporaryPassword"
          type="text"
          autoComplete="off"
          {...invalid('temporaryPassword')}
        />
      </Field>
      <FormError message={errors.form} className="sm:col-span-2" />
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? t('adding') : t('add')}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          {common('cancel')}
        </Button>
      </div>
    </form>
  );
}

/** People and their roles: add one, change a role, disable an account (its sessions end at once). */
export function UsersView({ currentUserId }: { currentUserId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [adding, setAdding] = useState(false);
  const t = useTranslations('uiRest.users');
  const roles = useTranslations('roles');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed.trim()), 200);
    return () => clearTimeout(timer);
  }, [typed]);
  const users = useQuery(
    trpc.admin.users.list.queryOptions(
      { query: query || undefined, role: role || undefined },
      { placeholderData: keepPreviousData },
    ),
  );
  const refresh = () => queryClient.invalidateQueries(trpc.admin.users.pathFilter());
  const changeRole = useMutation(
    trpc.admin.users.changeRole.mutationOptions({
      onSuccess: async (user) => {
        toast.success(t('roleChanged', { name: user.name, role: user.role }));
        await refresh();
      },
      onError: (error) => {
        toast.error(error.message);
        void refresh();
      },
    }),
  );
  const setDisabled = useMutation(
    trpc.admin.users.setDisabled.mutationOptions({
      onSuccess: async (user) => {
        toast.success(
          user.disabled ? t('disabledToast', { name: user.name }) : t('enabledToast', { name: user.name }),
        );
        await refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <Input
          type="search"
          aria-label={t('search')}
          placeholder={t('searchPlaceholder')}
          className="max-w-sm"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
        <select
          aria-label={t('roleFilter')}
          className={`${selectClass} h-10`}
          value={role}
          onChange={(event) => setRole(event.target.value as Role | '')}
        >
          <option value="">{t('everyRole')}</option>
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {roles(option)}
            </option>
          ))}
        </select>
        {!adding ? (
          <Button className="ml-auto" onClick={() => setAdding(true)}>
            {t('addPerson')}
          </Button>
        ) : null}
      </div>
      {adding ? <CreateUserForm onDone={() => setAdding(false)} /> : null}
      {users.isPending ? (
        <Skeleton className="h-64" aria-busy />
      ) : users.isError ? (
        <LoadFailedMessage what={t('what')} error={users.error} onRetry={() => users.refetch()} />
      ) : users.data.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border bg-card">
          <table className="w-full min-w-[720px] text-sm">
            <thead className="border-b border-border bg-muted/50 text-left text-xs uppercase tracking-wide text-muted-foreground">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t('person')}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t('role')}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t('lastSignIn')}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t('status')}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  <span className="sr-only">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => {
                const self = user.id === currentUserId;
                return (
                  <tr
                    key={user.id}
                    className="border-b border-border last:border-0"
                    data-testid="user-row"
                    data-email={user.email}
                  >
                    <td className="px-3 py-2">
                      <p className="font-medium">
                        {user.name}
                        {self ? <span className="font-normal text-muted-foreground"> {t('you')}</span> : null}
                      </p>
                      <p className="text-xs text-muted-foreground">{user.email}</p>
                    </td>
                    <td className="px-3 py-2">
                      <select
                        aria-label={t('roleOf', { name: user.name })}
                        className={selectClass}
                        value={user.role}
                        disabled={self || changeRole.isPending}
                        onChange={(event) => {
                          const next = event.target.value as Role;
                          if (window.confirm(t('confirmRole', { name: user.name, role: next }))) {
                            changeRole.mutate({ userId: user.id, role: next });
                          } else {
                            event.target.value = user.role;
                          }
                        }}
                      >
                        {ROLES.map((option) => (
                          <option key={option} value={option}>
                            {roles(option)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="px-3 py-2 text-muted-foreground">
                      {user.lastSignInAt ? <RelativeDate date={user.lastSignInAt} /> : t('never')}
                    </td>
                    <td className="px-3 py-2">
                      {user.disabled ? (
                        <Badge className="border-red-300 bg-red-50 text-red-900">{t('disabled')}</Badge>
                      ) : (
                        <Badge className="border-emerald-300 bg-emerald-50 text-emerald-900">
                          {t('active')}
                        </Badge>
                      )}
                    </td>
                    <td className="px-3 py-2 text-right">
                      {!self ? (
                        <Button
                          size="sm"
                          variant="outline"
                          className={user.disabled ? undefined : 'text-destructive'}
                          disabled={setDisabled.isPending}
                          onClick={() => {
                            if (user.disabled || window.confirm(t('confirmDisable', { name: user.name }))) {
                              setDisabled.mutate({ userId: user.id, disabled: !user.disabled });
                            }
                          }}
                        >
                          {user.disabled ? t('enable') : t('disable')}
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
