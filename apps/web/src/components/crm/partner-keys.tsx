'use client';

import { Button } from '@facet/ui/button';
import { Badge, Skeleton } from '@facet/ui/feedback';
import { Field, Input } from '@facet/ui/field';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { fieldErrorsOf } from '@/components/form-errors';
import { useTRPC } from '@/trpc/client';
import { CouldNotLoad } from './load-failed';
import { RelativeDate } from './relative-date';
import { ShownOnce } from './shown-once';

/** The markup the key kinds' descriptions use. */
const RICH = {
  strong: (chunks: ReactNode) => <span className="font-medium">{chunks}</span>,
  code: (chunks: ReactNode) => <code className="font-mono text-xs">{chunks}</code>,
};

/** The badge of a key's or an endpoint's mode: live business, or the sandbox. */
export function ModeBadge({ mode }: { mode: 'live' | 'test' }) {
  const t = useTranslations('crmUi.keys');
  return mode === 'test' ? (
    <Badge className="border-amber-300 bg-amber-50 text-amber-900">{t('modeTest')}</Badge>
  ) : (
    <Badge className="border-sky-300 bg-sky-50 text-sky-900">{t('modeLive')}</Badge>
  );
}

/**
 * A partner's API keys: issue one, live or test (shown once), see when each was last used, revoke.
 * A test key works in the sandbox: its orders never reach the workshop.
 */
export function PartnerKeys({ partnerId }: { partnerId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations('crmUi');
  const keys = useQuery(trpc.crm.partners.listKeys.queryOptions({ partnerId }));
  const [issued, setIssued] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // The keys and the partner's counts of live keys.
  const refresh = () => queryClient.invalidateQueries(trpc.crm.partners.pathFilter());
  const issue = useMutation(
    trpc.crm.partners.issueKey.mutationOptions({
      onSuccess: async (result) => {
        setIssued(result.key);
        await refresh();
      },
      onError: (error) => setErrors(fieldErrorsOf(error, t('common.somethingWrong'))),
    }),
  );
  const revoke = useMutation(
    trpc.crm.partners.revokeKey.mutationOptions({
      onSuccess: async (key) => {
        toast.success(t('keys.revoked', { key: key.display }));
        await refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({});
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name') ?? '');
    const mode = form.get('mode') === 'test' ? 'test' : 'live';
    issue.mutate({ partnerId, name, mode });
    event.currentTarget.reset();
  };
  return (
    <section aria-labelledby="keys-title" className="grid content-start gap-3">
      <h2 id="keys-title" className="text-xl">
        {t('keys.title')}
      </h2>
      {issued ? <ShownOnce label={t('keys.newKey')} value={issued} onDone={() => setIssued(null)} /> : null}
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2" noValidate>
        <fieldset className="grid w-full gap-1 text-sm">
          <legend className="mb-1 font-medium">{t('keys.kind')}</legend>
          <label className="flex items-start gap-2">
            <input type="radio" name="mode" value="live" defaultChecked className="mt-1" />
            <span>{t.rich('keys.kindLive', RICH)}</span>
          </label>
          <label className="flex items-start gap-2">
            <input type="radio" name="mode" value="test" className="mt-1" />
            <span>{t.rich('keys.kindTest', RICH)}</span>
          </label>
        </fieldset>
        <div className="min-w-[14rem] flex-1">
          <Field id="key-name" label={t('keys.name')} error={errors.name} hint={t('keys.nameHint')}>
            <Input id="key-name" name="name" aria-invalid={errors.name ? true : undefined} />
          </Field>
        </div>
        <Button type="submit" disabled={issue.isPending}>
          {issue.isPending ? t('keys.issuing') : t('keys.issue')}
        </Button>
      </form>
      {keys.isPending ? (
        <Skeleton className="h-24" />
      ) : keys.isError ? (
        <CouldNotLoad title={t('loadFailed.keys')} error={keys.error} onRetry={() => keys.refetch()} />
      ) : keys.data.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t('keys.none')}</p>
      ) : (
        <ul className="grid divide-y divide-border rounded-lg border border-border bg-card">
          {keys.data.map((key) => (
            <li key={key.id} className="flex flex-wrap items-center gap-3 p-3 text-sm" data-testid="api-key">
              <div className="grid min-w-0 flex-1 gap-0.5">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{key.name}</span>
                  <code className="font-mono text-xs text-muted-foreground">{key.display}</code>
                  <ModeBadge mode={key.mode} />
                  {key.revokedAt ? (
                    <Badge className="border-red-300 bg-red-50 text-red-900">{t('keys.revokedBadge')}</Badge>
                  ) : (
                    <Badge className="border-emerald-300 bg-emerald-50 text-emerald-900">
                      {t('keys.active')}
                    </Badge>
                  )}
                </p>
                <p className="text-xs text-muted-foreground">
                  {t.rich('keys.issuedAt', { date: () => <RelativeDate date={new Date(key.createdAt)} /> })}
                  {' · '}
                  {t('keys.apiVersion', { version: key.apiVersion })}
                  {' · '}
                  {key.lastUsedAt
                    ? t.rich('keys.lastUsed', {
                        date: () => <RelativeDate date={new Date(key.lastUsedAt!)} />,
                      })
                    : t('keys.neverUsed')}
                  {key.revokedAt ? (
                    <>
                      {' · '}
                      {t.rich('keys.revokedAt', {
                        date: () => <RelativeDate date={new Date(key.revokedAt!)} />,
                      })}
                    </>
                  ) : null}
                </p>
              </div>
              {!key.revokedAt ? (
                <Button
                  size="sm"
                  variant="outline"
                  className="text-destructive"
                  disabled={revoke.isPending}
                  onClick={() => {
                    if (window.confirm(t('keys.confirmRevoke', { name: key.name }))) {
                      revoke.mutate({ apiKeyId: key.id });
                    }
                  }}
                >
                  {t('keys.revoke')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
