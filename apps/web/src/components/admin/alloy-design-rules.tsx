'use client';

import type { TAdminAlloy } from '@facet/core/admin/admin-alloy-dto';
import type { TDesignRules } from '@facet/core/castability/design-rules';
import { Button } from '@facet/ui/button';
import { Skeleton } from '@facet/ui/feedback';
import { Field, FormError, Input } from '@facet/ui/field';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { fieldErrorsOf } from '@/components/form-errors';
import { useFormat } from '@/components/format-provider';
import { useTRPC } from '@/trpc/client';
import { decimalOf } from './form-numbers';

const RULE_FIELDS = ['minWallMm', 'minWireMm', 'minDetailMm', 'maxPieceMm'] as const;

/** One line: what the workshop casts in this alloy. */
export function DesignRulesLine({ rules }: { rules: TDesignRules }) {
  const t = useTranslations('uiAdmin.rules');
  return <>{t('line', rules)}</>;
}

/** The design rules the castability verdict judges by; a save re-judges new quotes only. */
export function EditDesignRules({ alloy }: { alloy: TAdminAlloy }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const t = useTranslations('uiAdmin.rules');
  const save = useMutation(
    trpc.admin.alloys.updateDesignRules.mutationOptions({
      onSuccess: async (saved) => {
        setErrors({});
        toast.success(t('saved', { name: saved.name }));
        await queryClient.invalidateQueries(trpc.admin.alloys.pathFilter());
        await queryClient.invalidateQueries(trpc.shop.listQuotes.pathFilter());
      },
      onError: (error) => setErrors(fieldErrorsOf(error)),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    save.mutate({
      alloyId: alloy.id,
      minWallMm: decimalOf(form.get('minWallMm')),
      minWireMm: decimalOf(form.get('minWireMm')),
      minDetailMm: decimalOf(form.get('minDetailMm')),
      maxPieceMm: decimalOf(form.get('maxPieceMm')),
    });
  };
  const id = (field: string) => `${alloy.code}-rules-${field}`;
  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid gap-3 border-t border-border pt-4"
      aria-label={t('formLabel', { name: alloy.name })}
    >
      <p className="text-sm font-medium">{t('title')}</p>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {RULE_FIELDS.map((field) => (
          <Field key={field} id={id(field)} label={t(`fields.${field}`)} error={errors[field]}>
            <Input id={id(field)} name={field} inputMode="decimal" defaultValue={alloy.designRules[field]} />
          </Field>
        ))}
      </div>
      <FormError message={errors.form} />
      <div>
        <Button type="submit" variant="outline" disabled={save.isPending}>
          {save.isPending ? t('saving') : t('save')}
        </Button>
      </div>
    </form>
  );
}

/** Every saved version of the alloy's design rules, newest first. */
export function DesignRulesHistory({ alloyId }: { alloyId: string }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.admin.alloys.listDesignRuleHistory.queryOptions({ alloyId }));
  const t = useTranslations('uiAdmin.rules');
  const format = useFormat();
  if (history.isPending) return <Skeleton className="h-16" />;
  if (history.isError) return <p className="text-sm text-destructive">{history.error.message}</p>;
  if (history.data.length === 0) return <p className="text-sm text-muted-foreground">{t('neverChanged')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[560px] text-xs" aria-label={t('history')}>
        <thead className="text-left text-muted-foreground">
          <tr>
            <th scope="col" className="py-1 pr-2 font-medium">
              {t('savedAt')}
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              {t('by')}
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">
              {t('wall')}
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">
              {t('wire')}
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">
              {t('detail')}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t('largest')}
            </th>
          </tr>
        </thead>
        <tbody>
          {history.data.map((version) => (
            <tr key={version.id} className="border-t border-border" data-testid="design-rules-version">
              <td className="py-1 pr-2">{format.dateTime(version.createdAt)}</td>
              <td className="py-1 pr-2">{version.changedByName ?? t('initial')}</td>
              <td className="py-1 pr-2 text-right tabular-nums">
                {t('mm', { mm: version.designRules.minWallMm })}
              </td>
              <td className="py-1 pr-2 text-right tabular-nums">
                {t('mm', { mm: version.designRules.minWireMm })}
              </td>
              <td className="py-1 pr-2 text-right tabular-nums">
                {t('mm', { mm: version.designRules.minDetailMm })}
              </td>
              <td className="py-1 text-right tabular-nums">
                {t('mm', { mm: version.designRules.maxPieceMm })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
