'use client';

import type { TModel } from '@facet/core/models/model-dto';
import { Button } from '@facet/ui/button';
import { EmptyState } from '@facet/ui/feedback';
import { formatMm } from '@facet/ui/format';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ShoppingBag, UploadCloud } from 'lucide-react';
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { toast } from 'sonner';
import { fieldErrorsOf } from '@/components/form-errors';
import { metalLookFor } from '@/components/viewer/metal-looks';
import { type ModelDimensions, ModelViewer } from '@/components/viewer/model-viewer';
import { useTRPC } from '@/trpc/client';
import { ConfigurePanel, type PieceOptions } from './configure-panel';
import { FileList } from './file-list';
import { PricePanel } from './price-panel';
import type { UploadEntry } from './upload-entry';
import { uploadModelFile } from './upload-file';

const ACCEPT = '.stl,.obj,.3mf';
const DEFAULT_OPTIONS: PieceOptions = {
  alloyCode: 'AG925',
  finish: 'polished',
  scale: 1,
  quantity: 1,
  ringSize: null,
  engraving: '',
};

/** Keeps an uploaded model's verdict fresh until the server has analysed it. */
function ModelWatcher({ modelId, onUpdate }: { modelId: string; onUpdate: (model: TModel) => void }) {
  const trpc = useTRPC();
  const query = useQuery(
    trpc.shop.model.queryOptions(
      { modelId },
      { refetchInterval: (q) => (q.state.data?.status === 'UPLOADED' ? 1000 : false) },
    ),
  );
  useEffect(() => {
    if (query.data) onUpdate(query.data);
  }, [query.data, onUpdate]);
  return null;
}

export function UploadWorkbench() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [entries, setEntries] = useState<UploadEntry[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [options, setOptions] = useState<PieceOptions>(DEFAULT_OPTIONS);
  const [viewerSize, setViewerSize] = useState<ModelDimensions | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const alloys = useQuery(trpc.catalog.alloys.queryOptions());

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
        .catch((problem: { detail: string }) => update(entry.id, { error: problem.detail }));
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
    trpc.shop.quote.queryOptions(quoteInput, {
      enabled: model?.status === 'ANALYSED',
      placeholderData: keepPreviousData,
      retry: false,
    }),
  );
  useEffect(() => setErrors(quotes.error ? fieldErrorsOf(quotes.error) : {}), [quotes.error]);
  const quote = quotes.data?.find((q) => q.alloyCode === options.alloyCode);

  const addToCart = useMutation(
    trpc.shop.addToCart.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.shop.cart.queryKey() });
        toast.success('Added to your cart', {
          action: { label: 'View cart', onClick: () => window.location.assign('/cart') },
        });
      },
      onError: (error) => setErrors(fieldErrorsOf(error)),
    }),
  );

  const source = useMemo(
    () => (selected ? { kind: 'file' as const, file: selected.file } : null),
    [selected?.file],
  );
  const alloy = alloys.data?.find((a) => a.code === options.alloyCode);
  const size = model?.analysis?.boundingBoxMm.size ?? viewerSize?.sizeMm;

  const verdict = !selected
    ? null
    : selected.error
      ? selected.error
      : model?.status === 'REJECTED'
        ? `${model.rejectionReason ?? 'We cannot read this file.'} Export it again from your 3D tool as STL, OBJ or 3MF and upload it.`
        : null;

  return (
    <div className="grid gap-6 lg:grid-cols-[280px_1fr_360px]">
      <section aria-label="Upload" className="grid content-start gap-4">
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
          <span className="font-medium">Drop your models here</span>
          <span className="text-xs text-muted-foreground">
            STL, OBJ or 3MF · up to 100 MB each · or click to choose
          </span>
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

      <section aria-label="Your model" className="grid content-start gap-3">
        {source ? (
          <ModelViewer
            source={source}
            look={metalLookFor(alloy)}
            onLoaded={setViewerSize}
            className="relative aspect-square w-full overflow-hidden rounded-2xl border border-border bg-[#f6f3ee] lg:aspect-[4/3]"
          />
        ) : (
          <EmptyState title="Your model appears here">
            Drop an STL, OBJ or 3MF file of a ring, pendant or earring. You will see it in 3D at once, and its
            price a moment later.
          </EmptyState>
        )}
        {size ? (
          <p className="text-sm text-muted-foreground" data-testid="dimensions">
            {formatMm(size[0])} × {formatMm(size[1])} × {formatMm(size[2])}
            {model?.analysis ? ` · ${model.analysis.triangleCount.toLocaleString('en-IE')} triangles` : ''}
          </p>
        ) : null}
        {model?.problems.length ? (
          <ul
            className="grid gap-2 rounded-lg border border-warning/40 bg-warning/10 p-4 text-sm"
            aria-label="Problems with the model"
          >
            {model.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-label="Configure and price" className="grid content-start gap-6">
        <PricePanel
          quote={quote}
          pending={quotes.isFetching}
          message={
            verdict ??
            (!selected
              ? 'Upload a model to see its price.'
              : !model || model.status === 'UPLOADED'
                ? null
                : model.problems.length
                  ? 'We can price this model once the problems on the left are fixed.'
                  : (errors.form ?? null))
          }
        />
        {alloys.data ? (
          <ConfigurePanel alloys={alloys.data} options={options} onChange={setOptions} errors={errors} />
        ) : null}
        <Button
          size="lg"
          disabled={!quote || model?.problems.length !== 0 || addToCart.isPending}
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
            })
          }
        >
          <ShoppingBag aria-hidden />
          {addToCart.isPending ? 'Adding…' : 'Add to cart'}
        </Button>
        <Link href="/cart" className="text-center text-sm underline underline-offset-4">
          Go to cart
        </Link>
      </section>
    </div>
  );
}
