'use client';

import { SHOP_SAMPLES } from '@facet/mesh/parts/shop-samples';
import { Button } from '@facet/ui/button';
import { Sparkles } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';

/**
 * "Try a sample": for a visitor without a model of their own, one of the shop's sample models
 * (public/samples, made by `pnpm public:write`) goes through the same upload as a chosen file.
 */
export function SampleModels({ onFile }: { onFile: (file: File) => void }) {
  const t = useTranslations('upload');
  const locale = useLocale();
  const [loading, setLoading] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function trySample(file: string) {
    setLoading(file);
    setProblem(null);
    try {
      const response = await fetch(`/samples/${file}`);
      if (!response.ok) throw new Error(`status ${response.status}`);
      onFile(new File([await response.blob()], file, { type: 'model/stl' }));
    } catch {
      setProblem(t('sampleFailed'));
    } finally {
      setLoading(null);
    }
  }

  return (
    <div className="grid gap-2 rounded-xl border bg-card p-4 text-sm">
      <p className="font-medium">{t('sampleTitle')}</p>
      <div className="flex flex-wrap gap-2">
        {SHOP_SAMPLES.map((sample) => {
          const name = t(`sampleName.${sample.design.piece.kind}`);
          return (
            <Button
              key={sample.file}
              variant="outline"
              size="sm"
              disabled={loading !== null}
              onClick={() => void trySample(sample.file)}
              aria-label={t('sampleAction', { name: name.toLocaleLowerCase(locale) })}
            >
              <Sparkles aria-hidden />
              {loading === sample.file ? t('sampleLoading') : name}
            </Button>
          );
        })}
      </div>
      {problem ? (
        <p role="alert" className="text-destructive">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
