'use client';

import { renderDomainMessage } from '@facet/core/i18n/domain-messages';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@facet/core/i18n/locale';
import type { TModel } from '@facet/core/models/model-dto';
import { planRingResize, RingResizeRefused } from '@facet/core/pricing/resize-ring';
import { FINISHES } from '@facet/db/enums';
import { Button } from '@facet/ui/button';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Trash2, Upload } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { toast } from 'sonner';
import { fieldErrorsOf } from '@/components/form-errors';
import { useFormat } from '@/components/format-provider';
import { RingSizeChooser } from '@/components/rings/ring-size-chooser';
import { sayUploadProblem, type UploadProblem, uploadModelFile } from '@/components/shop/upload-file';
import { useTRPC } from '@/trpc/client';

type Finish = (typeof FINISHES)[number];

interface Line {
  key: string;
  fileName: string;
  progress: number;
  model: Pick<TModel, 'id' | 'originalName'> | null;
  error: string | null;
  alloyCode: string;
  finish: Finish;
  quantity: number;
  /** The inner circumference in mm to make the ring in (an EU size); null keeps the model's size. */
  ringSize: number | null;
  /** Why the size asked for cannot be made from this model (further than we resize), if it cannot. */
  ringSizeRefused: string | null;
}

const selectClass =
  'h-9 rounded-md border border-input bg-background px-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring';

/** A seller places an order for a client: upload the models, choose alloy and finish, submit for pricing. */
export function NewClientOrder({ clientId }: { clientId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const t = useTranslations('crmUi');
  const tAll = useTranslations();
  const uploadText = useTranslations('upload');
  const locale = useLocale();
  const format = useFormat();
  const inputId = useId();
  const client = useQuery(trpc.crm.clients.get.queryOptions({ clientId }));
  const alloys = useQuery(trpc.shop.catalog.listAlloys.queryOptions());
  const [lines, setLines] = useState<Line[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation(
    trpc.crm.orders.createForClient.mutationOptions({
      onSuccess: ({ orderId }) => {
        toast.success(t('newOrder.placed'));
        router.push(`/crm/orders/${orderId}`);
      },
      onError: (error) => {
        const errors = fieldErrorsOf(error, t('common.somethingWrong'));
        setFormError(Object.values(errors)[0] ?? error.message);
      },
    }),
  );

  const patch = (key: string, change: Partial<Line>) =>
    setLines((current) => current.map((line) => (line.key === key ? { ...line, ...change } : line)));

  // A line keeps '' until its alloy is chosen: the first alloy then, whenever the list has loaded.
  const defaultAlloy = alloys.data?.[0]?.code ?? '';
  const alloyOf = (line: Line) => line.alloyCode || defaultAlloy;
  const addFiles = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      const key = `${file.name}-${crypto.randomUUID()}`;
      setLines((current) => [
        ...current,
        {
          key,
          fileName: file.name,
          progress: 0,
          model: null,
          error: null,
          alloyCode: '',
          finish: 'polished',
          quantity: 1,
          ringSize: null,
          ringSizeRefused: null,
        },
      ]);
      uploadModelFile(file, (progress) => patch(key, { progress }))
        .then((model) => patch(key, { model, progress: 1 }))
        .catch((problem: UploadProblem) =>
          patch(key, { error: sayUploadProblem(problem, uploadText, locale) }),
        );
    }
  };

  const ready =
    defaultAlloy !== '' &&
    lines.length > 0 &&
    lines.every((line) => line.model && !line.error && !line.ringSizeRefused);
  const submit = () => {
    setFormError(null);
    create.mutate({
      clientId,
      items: lines.map((line) => ({
        modelId: line.model!.id,
        alloyCode: alloyOf(line),
        finish: line.finish,
        quantity: line.quantity,
        scale: 1,
        ringSize: line.ringSize,
      })),
    });
  };

  if (client.isError)
    return <EmptyState title={t('clientCard.notOpened')}>{client.error.message}</EmptyState>;
  return (
    <div className="grid max-w-4xl gap-5">
      <p className="text-muted-foreground">
        {t.rich('newOrder.forClient', {
          name: client.data?.name ?? '…',
          b: (chunks) => <span className="font-medium text-foreground">{chunks}</span>,
        })}
      </p>
      <label
        htmlFor={inputId}
        className="flex cursor-pointer flex-col items-center gap-2 rounded-lg border-2 border-dashed border-border bg-card px-6 py-10 text-center hover:border-accent focus-within:ring-2 focus-within:ring-ring"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          addFiles(event.dataTransfer.files);
        }}
      >
        <Upload aria-hidden className="size-6 text-muted-foreground" />
        <span className="font-medium">{t('newOrder.drop')}</span>
        <span className="text-xs text-muted-foreground">{t('newOrder.formats')}</span>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".stl,.obj,.3mf"
          className="sr-only"
          onChange={(event) => {
            addFiles(event.target.files);
            event.target.value = '';
          }}
        />
      </label>
      {alloys.isPending ? <Skeleton className="h-16" /> : null}
      {lines.length > 0 ? (
        <ul className="grid gap-3">
          {lines.map((line, index) => (
            <li
              key={line.key}
              className="grid gap-3 rounded-lg border border-border bg-card p-4"
              data-testid="order-line"
            >
              <div className="flex items-center gap-3">
                <span className="min-w-0 flex-1 truncate font-medium">
                  {index + 1}. {line.fileName}
                </span>
                <Button
                  size="icon"
                  variant="ghost"
                  className="size-8"
                  aria-label={t('common.remove', { name: line.fileName })}
                  onClick={() =>
                    setLines((current) => current.filter((candidate) => candidate.key !== line.key))
                  }
                >
                  <Trash2 aria-hidden />
                </Button>
              </div>
              {line.error ? (
                <p role="alert" className="text-sm text-destructive">
                  {line.error}
                </p>
              ) : !line.model ? (
                <progress
                  value={line.progress}
                  max={1}
                  className="h-2 w-full"
                  aria-label={t('newOrder.uploading', { name: line.fileName })}
                />
              ) : null}
              <div className="flex flex-wrap items-end gap-3 text-sm">
                <label className="grid gap-1">
                  <span className="text-xs text-muted-foreground">{t('common.alloy')}</span>
                  <select
                    className={selectClass}
                    value={alloyOf(line)}
                    onChange={(event) => patch(line.key, { alloyCode: event.target.value })}
                  >
                    {(alloys.data ?? []).map((alloy) => (
                      <option key={alloy.code} value={alloy.code}>
                        {t('newOrder.alloyPrice', {
                          alloy: alloy.name,
                          price: format.money(alloy.pricePerGramCents),
                        })}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="grid gap-1">
                  <span className="text-xs text-muted-foreground">{t('newOrder.finish')}</span>
                  <select
                    className={selectClass}
                    value={line.finish}
                    onChange={(event) => patch(line.key, { finish: event.target.value as Finish })}
                  >
                    {FINISHES.map((finish) => (
                      <option key={finish} value={finish}>
                        {tAll(`cart.finish.${finish}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="grid gap-1">
                  <span className="text-xs text-muted-foreground">{t('newOrder.quantity')}</span>
                  <input
                    type="number"
                    min={1}
                    max={100}
                    className={`${selectClass} w-20`}
                    value={line.quantity}
                    onChange={(event) =>
                      patch(line.key, { quantity: Math.max(1, Number(event.target.value) || 1) })
                    }
                  />
                </label>
              </div>
              {line.model ? (
                <LineRingSize
                  modelId={line.model.id}
                  idPrefix={`ring-size-${index + 1}`}
                  circumferenceMm={line.ringSize}
                  refused={line.ringSizeRefused}
                  onChange={(ringSize, ringSizeRefused) => patch(line.key, { ringSize, ringSizeRefused })}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {formError ? (
        <p role="alert" className="text-sm text-destructive">
          {formError}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button disabled={!ready || create.isPending} onClick={submit}>
          {create.isPending ? t('newOrder.placing') : t('newOrder.placeOrder')}
        </Button>
        <Button variant="ghost" onClick={() => router.back()}>
          {tAll('common.cancel')}
        </Button>
      </div>
    </div>
  );
}

/** Why a ring measured `measuredDiameterMm` across cannot be made in `circumferenceMm`, or null. */
function resizeRefusal(
  measuredDiameterMm: number | null,
  circumferenceMm: number | null,
  locale: Locale,
): string | null {
  if (circumferenceMm === null) return null;
  try {
    planRingResize(measuredDiameterMm, circumferenceMm);
    return null;
  } catch (error) {
    if (error instanceof RingResizeRefused) return renderDomainMessage(error.localized, locale);
    throw error;
  }
}

/**
 * The ring size of one line, in the seller's system, from the size the worker measured on the model
 * once it is analysed (until then the line keeps the model's own size). A size further than the
 * workshop resizes is refused next to the field, by the rule the pricing applies.
 */
function LineRingSize({
  modelId,
  idPrefix,
  circumferenceMm,
  refused,
  onChange,
}: {
  modelId: string;
  idPrefix: string;
  circumferenceMm: number | null;
  refused: string | null;
  onChange: (circumferenceMm: number | null, refused: string | null) => void;
}) {
  const trpc = useTRPC();
  const t = useTranslations('crmUi');
  const appLocale = useLocale();
  const locale: Locale = isLocale(appLocale) ? appLocale : DEFAULT_LOCALE;
  const model = useQuery(
    trpc.crm.models.get.queryOptions(
      { modelId },
      { refetchInterval: (query) => (query.state.data?.status === 'UPLOADED' ? 1000 : false) },
    ),
  );
  if (model.data?.status !== 'ANALYSED') {
    return (
      <p className="text-xs text-muted-foreground" aria-live="polite">
        {t('newOrder.measuringRing')}
      </p>
    );
  }
  const measuredDiameterMm = model.data.analysis?.ring?.innerDiameterMm ?? null;
  return (
    <RingSizeChooser
      idPrefix={idPrefix}
      measuredDiameterMm={measuredDiameterMm}
      circumferenceMm={circumferenceMm}
      error={refused}
      onChange={(chosen) => onChange(chosen, resizeRefusal(measuredDiameterMm, chosen, locale))}
    />
  );
}
