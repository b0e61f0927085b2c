'use client';

import { minimumWallMmFor } from '@facet/core/models/minimum-wall';
import type { TModel } from '@facet/core/models/model-dto';
import { printabilityIn } from '@facet/core/models/printability';
import { wallAfterResize } from '@facet/core/pricing/resize-ring';
import { Button } from '@facet/ui/button';
import { EmptyState } from '@facet/ui/feedback';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ShoppingBag, UploadCloud } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { toast } from 'sonner';
import { CastabilityVerdict } from '@/components/castability/castability-verdict';
import { fieldErrorsOf } from '@/components/form-errors';
import { useFormat } from '@/components/format-provider';
import { metalLookFor } from '@/components/viewer/metal-looks';
import { type ModelDimensions, ModelViewer } from '@/components/viewer/model-viewer';
import { ThicknessToggle } from '@/components/viewer/thickness-toggle';
import { ThicknessView } from '@/components/viewer/thickness-view';
import { usePageLocale, useSayStored } from '@/i18n/use-said';
import { useOnRealtimeConnect, useRealtime, useRealtimeEvent } from '@/realtime/realtime-provider';
import { useTRPC } from '@/trpc/client';
import { ConfigurePanel, type PieceOptions } from './configure-panel';
import { FileList } from './file-list';
import { PricePanel } from './price-panel';
import { SampleModels } from './sample-models';
import type { UploadEntry } from './upload-entry';
import { sayUploadProblem, type UploadProblem, uploadModelFile } from './upload-file';

const ACCEPT = '.stl,.obj,.3mf';
const DEFAULT_OPTIONS: PieceOptions = {
  alloyCode: 'AG925',
  finish: 'polished',
  scale: 1,
  quantity: 1,
  ringSize: null,
  engraving: '',
};

/** Until a model is analysed, and then until its preview (and thickness map) is made. */
function isPending(model: TModel | undefined): boolean {
  return model?.status === 'UPLOADED' || (model?.status === 'ANALYSED' && !model.previewReady);
}

/**
 * Keeps an uploaded model's verdict fresh until the server has analysed it: read again the moment
 * the worker's push says so. Pushes are hints, so it also reads again on every (re)connect, and now
 * and then while pending (every second when the page has no live connection).
 */
function ModelWatcher({ modelId, onUpdate }: { modelId: string; onUpdate: (model: TModel) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { state } = useRealtime();
  const queryKey = trpc.shop.getModel.queryKey({ modelId });
  const query = useQuery(
    trpc.shop.getModel.queryOptions(
      { modelId },
      {
        refetchInterval: (q) => (isPending(q.state.data) ? (state === 'live' ? 5_000 : 1_000) : false),
      },
    ),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey });
  useOnRealtimeConnect(() => void refresh());
  useRealtimeEvent('model:analysed', (event) => {
    if (event.modelId === modelId) void refresh();
  });
  useRealtimeEvent('model:preview-ready', (event) => {
    if (event.modelId === modelId) void refresh();
  });
  useEffect(() => {
    if (query.data) onUpdate(query.data);
  }, [query.data, onUpdate]);
  return null;
}

export function UploadWorkbench() {
  const trpc = useTRPC();
  const t = useTranslations('upload');
  const sayStored = useSayStored();
  const locale = usePageLocale();
  const viewer = useTranslations('uiRest.viewer');
  const castabilityText = useTranslations('uiCastability.shop');
  const format = useFormat();
  const queryClient = useQueryClient();
  const [entries, setEntries] = useState<UploadEntry[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [options, setOptions] = useState<PieceOptions>(DEFAULT_OPTIONS);
  const [viewerSize, setViewerSize] = useState<ModelDimensions | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [showThickness, setShowThickness] = useState(false);
  /** The alloy whose risk the shopper accepted: choosing another alloy asks again. */
  const [riskAcceptedFor, setRiskAcceptedFor] = useState<string | null>(null);
  const alloys = useQuery(trpc.shop.catalog.listAlloys.queryOptions());

  const selected = entries.find((entry) => entry.id === selectedId) ?? null;
  const model = selected?.model ?? null;
  const update = useCallback((id: string, patch: Partial<UploadEntry>) => {
    setEntries((current) => current.map((entry) => (entry.id === id ? { ...entry, ...patch } : entry)));
  }, []);

  function addFiles(files: FileList | File[]) {
    const added = Array.from(files).map((file) => ({
      id: crypto.randomUUID(),
      file,
      progress: 0,
      model: null,
      error: null,
    }));
    if (added.length === 0) return;
    setEntries((current) => [...added, ...current]);
    setSelectedId(added[0]!.id);
    for (const entry of added) {
      uploadModelFile(entry.file, (progress) => update(entry.id, { progress }))
        .then((uploaded) => update(entry.id, { progress: 1, model: uploaded }))
        .catch((problem: UploadProblem) => update(entry.id, { error: sayUploadProblem(problem, t, locale) }));
    }
  }

  const quoteInput = {
    modelId: model?.id ?? '00000000-0000-0000-0000-000000000000',
    finish: options.finish,
    scale: options.scale,
    quantity: options.quantity,
    ringSize: options.ringSize,
    engraving: options.engraving || null,
  };
  const quotes = useQuery(
    trpc.shop.listQuotes.queryOptions(quoteInput, {
      enabled: model?.status === 'ANALYSED',
      placeholderData: keepPreviousData,
      retry: false,
    }),
  );
  useEffect(() => setErrors(quotes.error ? fieldErrorsOf(quotes.error) : {}), [quotes.error]);
  const quote = quotes.data?.find((q) => q.alloyCode === options.alloyCode);
  const castability = model?.status === 'ANALYSED' ? quote?.castability : undefined;
  const riskKey = `${model?.id}:${options.alloyCode}:${options.scale}`;
  const riskAccepted = riskAcceptedFor === riskKey;
  const castIn = quotes.data
    ?.filter((q) => q.castability.verdict === 'CASTABLE')
    .map((q) => alloys.data?.find((a) => a.code === q.alloyCode)?.name ?? q.alloyCode);

  const addToCart = useMutation(
    trpc.shop.addToCart.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.shop.getCart.queryKey() });
        toast.success(t('added'), {
          action: { label: t('viewCart'), onClick: () => window.location.assign('/cart') },
        });
      },
      onError: (error) => setErrors(fieldErrorsOf(error, t('somethingWrong'))),
    }),
  );

  const source = useMemo(
    () => (selected ? { kind: 'file' as const, file: selected.file } : null),
    [selected?.file],
  );
  const alloy = alloys.data?.find((a) => a.code === options.alloyCode);
  const ring = model?.status === 'ANALYSED' ? (model.analysis?.ring ?? null) : undefined;
  const measuredRingMm = ring === undefined ? undefined : ring && ring.innerDiameterMm * options.scale;
  // Another model starts again at its own size.
  useEffect(() => setOptions((current) => ({ ...current, ringSize: null })), [model?.id]);
  const resize = useMemo(
    () =>
      ring && measuredRingMm && options.ringSize
        ? {
            axis: ring.axis,
            centreMm: ring.centreMm,
            radialScale: options.ringSize / Math.PI / measuredRingMm,
          }
        : null,
    [ring, measuredRingMm, options.ringSize],
  );
  // The wall re-checked at the size chosen (a smaller ring's wall thins in proportion).
  const thickness = model?.analysis?.thickness;
  const resizedWallMm =
    thickness?.measured && resize && resize.radialScale < 1
      ? wallAfterResize(thickness.minWallMm * options.scale, resize.radialScale)
      : null;
  const minimumWallMm = minimumWallMmFor(castability);
  const size = model?.analysis?.boundingBoxMm.size ?? viewerSize?.sizeMm;
  const printability = model ? printabilityIn(model, locale) : null;

  const verdict = !selected
    ? null
    : selected.error
      ? selected.error
      : model?.status === 'REJECTED'
        ? `${sayStored(model.rejectionMessage, model.rejectionReason) ?? t('cannotRead')} ${t('exportAgain')}`
        : null;

  return (
    <div className="grid gap-6 lg:grid-cols-[280px_1fr_360px]">
      <section aria-label={t('uploadSection')} className="grid content-start gap-4">
        <label
          htmlFor="model-files"
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            addFiles(event.dataTransfer.files);
          }}
          className={`flex cursor-pointer flex-col items-center gap-2 rounded-xl border-2 border-dashed p-6 text-center transition-colors focus-within:ring-2 focus-within:ring-ring ${dragging ? 'border-accent bg-secondary' : 'border-border bg-card hover:bg-muted'}`}
        >
          <UploadCloud aria-hidden className="size-8 text-accent" />
          <span className="font-medium">{t('dropHere')}</span>
          <span className="text-xs text-muted-foreground">{t('formats')}</span>
          <input
            id="model-files"
            type="file"
            multiple
            accept={ACCEPT}
            className="sr-only"
            onChange={(event) => {
              if (event.target.files) addFiles(event.target.files);
              event.target.value = '';
            }}
          />
        </label>
        {entries.length === 0 ? <SampleModels onFile={(file) => addFiles([file])} /> : null}
        <FileList entries={entries} selectedId={selectedId} onSelect={setSelectedId} />
        {entries.map((entry) =>
          entry.model ? (
            <ModelWatcher
              key={entry.id}
              modelId={entry.model.id}
              onUpdate={(m) => update(entry.id, { model: m })}
            />
          ) : null,
        )}
      </section>

      <section aria-label={t('yourModel')} className="grid content-start gap-3">
        {model?.status === 'ANALYSED' ? (
          <ThicknessToggle pressed={showThickness} onPressedChange={setShowThickness} />
        ) : null}
        {model?.status === 'ANALYSED' && showThickness ? (
          <ThicknessView
            key={model.id}
            glbUrl={model.urls.previewGlb}
            previewReady={model.previewReady}
            thickness={model.analysis?.thickness}
            openEdgeLoops={model.analysis?.openEdgeLoops ?? []}
            minimumWallMm={minimumWallMm}
            alloyName={alloy?.name ?? null}
            scale={options.scale}
          />
        ) : source ? (
          <ModelViewer
            source={source}
            look={metalLookFor(alloy)}
            resize={errors.ringSize ? null : resize}
            onLoaded={setViewerSize}
            label={
              alloy
                ? viewer('modelInAlloyLabel', { name: selected?.file.name ?? '', alloy: alloy.name })
                : viewer('modelNamedLabel', { name: selected?.file.name ?? '' })
            }
            className="relative aspect-square w-full overflow-hidden rounded-2xl border border-border bg-[#f6f3ee] lg:aspect-[4/3]"
          />
        ) : (
          <EmptyState title={t('appearsHere')}>{t('appearsHereText')}</EmptyState>
        )}
        {size ? (
          <p className="text-sm text-muted-foreground" data-testid="dimensions">
            {format.mm(size[0])} × {format.mm(size[1])} × {format.mm(size[2])}
            {model?.analysis ? ` · ${t('triangles', { count: model.analysis.triangleCount })}` : ''}
            {model?.analysis?.thickness?.measured
              ? ` · ${t('thinnestWall', { mm: model.analysis.thickness.minWallMm })}`
              : ''}
            {resizedWallMm !== null ? (
              <span data-testid="resized-wall">
                {` ${t(resizedWallMm < minimumWallMm ? 'resizedWallThin' : 'resizedWall', { mm: resizedWallMm, minimum: minimumWallMm })}`}
              </span>
            ) : null}
          </p>
        ) : null}
        {printability?.problems.length ? (
          <ul
            className="grid gap-2 rounded-lg border border-warning/40 bg-warning/10 p-4 text-sm"
            aria-label={t('problems')}
          >
            {printability.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : null}
        {printability?.warnings.length ? (
          <ul className="grid gap-2 rounded-lg border p-4 text-sm" aria-label={t('notChecked')}>
            {printability.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-label={t('configure')} className="grid content-start gap-6">
        <PricePanel
          quote={quote}
          pending={quotes.isFetching}
          message={
            verdict ??
            (!selected
              ? t('uploadToPrice')
              : !model || model.status === 'UPLOADED'
                ? null
                : model.problems.length
                  ? t('fixProblems')
                  : (errors.form ?? null))
          }
        />
        {alloys.data ? (
          <ConfigurePanel
            alloys={alloys.data}
            options={options}
            onChange={setOptions}
            errors={errors}
            measuredRingMm={measuredRingMm}
          />
        ) : null}
        {castability ? (
          <section aria-label={castabilityText('section')} className="grid gap-2">
            <CastabilityVerdict castability={castability} />
            {castability.verdict !== 'CASTABLE' && castIn && castIn.length > 0 ? (
              <p className="text-sm text-muted-foreground">
                {castabilityText('castIn', { alloys: castIn.join(', ') })}
              </p>
            ) : null}
            {castability.verdict === 'CASTABLE_WITH_RISK' ? (
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  className="mt-0.5 size-4 accent-[var(--accent)]"
                  checked={riskAccepted}
                  onChange={(event) => setRiskAcceptedFor(event.target.checked ? riskKey : null)}
                />
                <span>{castabilityText('acceptRisk')}</span>
              </label>
            ) : null}
            {errors.acceptCastabilityRisk ? (
              <p className="text-sm text-destructive" role="alert">
                {errors.acceptCastabilityRisk}
              </p>
            ) : null}
          </section>
        ) : null}
        <Button
          size="lg"
          disabled={
            !quote ||
            model?.problems.length !== 0 ||
            addToCart.isPending ||
            castability?.verdict === 'NOT_CASTABLE' ||
            (castability?.verdict === 'CASTABLE_WITH_RISK' && !riskAccepted)
          }
          onClick={() =>
            model &&
            addToCart.mutate({
              modelId: model.id,
              alloyCode: options.alloyCode,
              finish: options.finish,
              scale: options.scale,
              quantity: options.quantity,
              ringSize: options.ringSize,
              engraving: options.engraving || null,
              acceptCastabilityRisk: castability?.verdict === 'CASTABLE_WITH_RISK' && riskAccepted,
            })
          }
        >
          <ShoppingBag aria-hidden />
          {addToCart.isPending ? t('adding') : t('addToCart')}
        </Button>
        <Link href="/cart" className="text-center text-sm underline underline-offset-4">
          {t('goToCart')}
        </Link>
      </section>
    </div>
  );
}
