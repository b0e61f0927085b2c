'use client';

import type { TStonePrice } from '@facet/core/pricing/stone-price-table';
import type { Finish } from '@facet/db/enums';
import type { Design, DesignControl } from '@facet/mesh/parts/design';
import { DESIGN_PRESETS } from '@facet/mesh/parts/ready-made-designs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useMemo, useRef, useState } from 'react';
import { toast } from 'sonner';
import { MeshViewer, type MeshViewerHandle } from '@/components/viewer/mesh-viewer';
import { metalLookFor } from '@/components/viewer/metal-looks';
import { useTRPC, useTRPCClient } from '@/trpc/client';
import { BandControls } from './band-controls';
import type { TBuildAlloy } from './build-alloy';
import type { BuildChoice } from './build-history';
import { BuildToolbar } from './build-toolbar';
import { ChoiceGroup } from './choice-group';
import { ControlsSection } from './controls-section';
import { switchPieceKind } from './design-edits';
import { EngravingControls } from './engraving-controls';
import { MetalControls } from './metal-controls';
import { DesignSaveError, saySaveError, uploadDesign } from './order-design';
import { OrderPanel } from './order-panel';
import { PendantControls } from './pendant-controls';
import { PieceDimensions } from './piece-dimensions';
import { quotePiece } from './quote-piece';
import { StoneControls } from './stone-controls';
import { useBuildHistory } from './use-build-history';
import { useBuiltPiece } from './use-built-piece';
import { useProblemText } from './use-problem-text';

const PIECE_KINDS = ['band', 'pendant'] as const;

/** Finishes change the look of the metal as well as the price. */
const FINISH_ROUGHNESS: Record<Finish, number | null> = { polished: null, satin: 0.38, matte: 0.55 };

function defaultAlloyCode(alloys: TBuildAlloy[]): string {
  return (alloys.find((alloy) => alloy.code === 'AU750Y') ?? alloys[0])?.code ?? '';
}

/**
 * The constructor: the piece in 3D as the hero, its price always beside it, and a control for every
 * parameter. Every change re-renders and re-prices at once; undo, redo and reset; ready-made pieces
 * to start from; "Order this" makes the model and puts it in the cart.
 */
export function BuildWorkbench({
  alloys,
  stonePrices,
}: {
  alloys: TBuildAlloy[];
  stonePrices: TStonePrice[];
}) {
  const initial = useMemo<BuildChoice>(
    () => ({ design: DESIGN_PRESETS[0]!.design, alloyCode: defaultAlloyCode(alloys), finish: 'polished' }),
    [alloys],
  );
  const isKnownAlloy = useCallback((code: string) => alloys.some((alloy) => alloy.code === code), [alloys]);
  const t = useTranslations('uiBuild');
  const locale = useLocale();
  const history = useBuildHistory(initial, isKnownAlloy);
  const { choice, change } = history;
  const { design } = choice;
  const { piece, problems } = useBuiltPiece(design);
  const viewer = useRef<MeshViewerHandle | null>(null);
  const [startCount, setStartCount] = useState(0);

  const alloy = alloys.find((candidate) => candidate.code === choice.alloyCode) ?? alloys[0];
  const quote =
    piece && alloy ? quotePiece(piece.analysis, alloy, choice.finish, design, stonePrices) : undefined;
  const baseLook = metalLookFor(alloy);
  const look = useMemo(
    () => ({ ...baseLook, roughness: FINISH_ROUGHNESS[choice.finish] ?? baseLook.roughness }),
    [baseLook, choice.finish],
  );

  const problemText = useProblemText();
  const problemOf = (control: DesignControl) => {
    const problem = problems.find((each) => each.control === control);
    return problem ? problemText(problem) : undefined;
  };
  const setDesign = (next: Design, key: string) => change({ ...choice, design: next }, key);
  const controlsProps = { design, onChange: setDesign, problemOf };

  const trpc = useTRPC();
  const trpcClient = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const order = useMutation({
    mutationFn: async () => {
      const model = await uploadDesign(design);
      await trpcClient.shop.addToCart.mutate({
        modelId: model.id,
        alloyCode: choice.alloyCode,
        finish: choice.finish,
        scale: 1,
        quantity: 1,
        ringSize: null,
        engraving: null,
      });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.shop.getCart.queryKey() });
      toast.success(t('inCart'));
      router.push('/cart');
    },
  });

  const blocked = problems.length > 0 ? t('blocked', { count: problems.length }) : null;
  const orderError = order.error
    ? order.error instanceof DesignSaveError
      ? saySaveError(order.error, t, locale)
      : order.error.message
    : null;

  return (
    <div className="grid gap-6 pb-24 lg:grid-cols-[minmax(0,1fr)_420px] lg:items-start lg:pb-0">
      <section aria-label={t('yourPiece')} className="grid min-w-0 gap-3 lg:sticky lg:top-20">
        <BuildToolbar
          canUndo={history.canUndo}
          canRedo={history.canRedo}
          onUndo={history.undo}
          onRedo={history.redo}
          onReset={() => {
            history.reset();
            setStartCount((count) => count + 1);
          }}
          onFit={() => viewer.current?.fitToView()}
          onPreset={(preset) => {
            change({ ...choice, design: preset.design }, `preset-${preset.id}`);
            setStartCount((count) => count + 1);
          }}
        />
        {piece ? (
          <div className="relative">
            <MeshViewer
              ref={viewer}
              metal={piece.metal}
              gems={piece.stones}
              look={look}
              fitKey={`${design.piece.kind}-${startCount}`}
              label={t('viewLabel')}
              className="relative aspect-square w-full overflow-hidden rounded-2xl border border-border bg-[#f6f3ee] focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring sm:aspect-[4/3]"
            />
            {problems.length > 0 ? (
              <p className="pointer-events-none absolute inset-x-3 bottom-3 rounded-md bg-background/90 px-3 py-2 text-center text-xs text-muted-foreground">
                {t('lastGood')}
              </p>
            ) : null}
          </div>
        ) : (
          <div className="grid aspect-square place-content-center rounded-2xl border border-border bg-[#f6f3ee] p-6 text-center text-sm text-muted-foreground sm:aspect-[4/3]">
            {t('cannotMake')}
          </div>
        )}
        <p className="text-xs text-muted-foreground">{t('viewHelp')}</p>
        {piece ? <PieceDimensions design={piece.design} analysis={piece.analysis} /> : null}
      </section>

      <div className="grid min-w-0 gap-6">
        <OrderPanel
          quote={quote}
          blocked={blocked}
          ordering={order.isPending}
          error={orderError}
          onOrder={() => order.mutate()}
        />
        <ControlsSection title={t('sections.piece')}>
          <ChoiceGroup
            legend={t('makeA')}
            name="piece-kind"
            value={design.piece.kind}
            choices={PIECE_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
            columns={2}
            onChange={(kind) => setDesign(switchPieceKind(design, kind), 'piece-kind')}
          />
          {design.piece.kind === 'band' ? (
            <BandControls {...controlsProps} band={design.piece} />
          ) : (
            <PendantControls {...controlsProps} pendant={design.piece} />
          )}
        </ControlsSection>
        <ControlsSection title={t('sections.stone')}>
          <StoneControls {...controlsProps} />
        </ControlsSection>
        <ControlsSection title={t('sections.engraving')}>
          <EngravingControls {...controlsProps} />
        </ControlsSection>
        <ControlsSection title={t('sections.metal')}>
          <MetalControls
            alloys={alloys}
            alloyCode={choice.alloyCode}
            finish={choice.finish}
            onAlloy={(alloyCode) => change({ ...choice, alloyCode }, 'alloy')}
            onFinish={(finish) => change({ ...choice, finish }, 'finish')}
          />
        </ControlsSection>
      </div>
    </div>
  );
}
