'use client';

import { Button } from '@facet/ui/button';
import { Badge, LoadFailed, Skeleton } from '@facet/ui/feedback';
import { Field, Input } from '@facet/ui/field';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { fieldErrorsOf } from '@/components/form-errors';
import { useTRPC } from '@/trpc/client';
import { RelativeDate } from './relative-date';
import { ShownOnce } from './shown-once';

/** A partner's API keys: issue one (shown once), see when each was last used, revoke. */
export function PartnerKeys({ partnerId }: { partnerId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useQuery(trpc.partners.listKeys.queryOptions({ partnerId }));
  const [issued, setIssued] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.partners.listKeys.queryFilter({ partnerId })),
      queryClient.invalidateQueries(trpc.crm.partners.pathFilter()),
    ]);
  const issue = useMutation(
    trpc.partners.issueKey.mutationOptions({
      onSuccess: async (result) => {
        setIssued(result.key);
        await refresh();
      },
      onError: (error) => setErrors(fieldErrorsOf(error)),
    }),
  );
  const revoke = useMutation(
    trpc.partners.revokeKey.mutationOptions({
      onSuccess: async (key) => {
        toast.success(`Key ${key.display} revoked: it is refused from now on.`);
        await refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({});
    const name = String(new FormData(event.currentTarget).get('name') ?? '');
    issue.mutate({ partnerId, name });
    event.currentTarget.reset();
  };
  return (
    <section aria-labelledby="keys-title" className="grid content-start gap-3">
      <h2 id="keys-title" className="text-xl">
        API keys
      </h2>
      {issued ? <ShownOnce label="The new API key" value={issued} onDone={() => setIssued(null)} /> : null}
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2" noValidate>
        <div className="min-w-[14rem] flex-1">
          <Field
            id="key-name"
            label="Name of the new key"
            error={errors.name}
            hint="Where it is used, e.g. “ERP production”."
          >
            <Input id="key-name" name="name" aria-invalid={errors.name ? true : undefined} />
          </Field>
        </div>
        <Button type="submit" disabled={issue.isPending}>
          {issue.isPending ? 'Issuing…' : 'Issue key'}
        </Button>
      </form>
      {keys.isPending ? (
        <Skeleton className="h-24" />
      ) : keys.isError ? (
        <LoadFailed what="The keys" error={keys.error} onRetry={() => keys.refetch()} />
      ) : keys.data.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          No keys yet. Issue one for each system of the partner.
        </p>
      ) : (
        <ul className="grid divide-y divide-border rounded-lg border border-border bg-card">
          {keys.data.map((key) => (
            <li key={key.id} className="flex flex-wrap items-center gap-3 p-3 text-sm" data-testid="api-key">
              <div className="grid min-w-0 flex-1 gap-0.5">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{key.name}</span>
                  <code className="font-mono text-xs text-muted-foreground">{key.display}</code>
                  {key.revokedAt ? (
                    <Badge className="border-red-300 bg-red-50 text-red-900">Revoked</Badge>
                  ) : (
                    <Badge className="border-emerald-300 bg-emerald-50 text-emerald-900">Live</Badge>
                  )}
                </p>
                <p className="text-xs text-muted-foreground">
                  Issued <RelativeDate date={new Date(key.createdAt)} /> ·{' '}
                  {key.lastUsedAt ? (
                    <>
                      last used <RelativeDate date={new Date(key.lastUsedAt)} />
                    </>
                  ) : (
                    'never used'
                  )}
                  {key.revokedAt ? (
                    <>
                      {' '}
                      · revoked <RelativeDate date={new Date(key.revokedAt)} />
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
                    if (window.confirm(`Revoke “${key.name}”? Requests with it are refused at once.`)) {
                      revoke.mutate({ apiKeyId: key.id });
                    }
                  }}
                >
                  Revoke
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
