'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

/**
 * A number with a slider: type an exact value or drag (arrows and Page Up/Down work on the slider).
 * A problem with the value is shown right below and read out with both controls.
 */
export function NumberField({
  id,
  label,
  unit,
  value,
  min,
  max,
  step,
  problem,
  hint,
  onChange,
}: {
  id: string;
  label: string;
  unit?: string;
  value: number;
  min: number;
  max: number;
  step: number;
  problem?: string;
  hint?: string;
  onChange: (value: number) => void;
}) {
  const t = useTranslations('uiBuild');
  const [text, setText] = useState(formatValue(value));
  useEffect(() => {
    setText((current) => (Number.parseFloat(current) === value ? current : formatValue(value)));
  }, [value]);
  const note = problem ? `${id}-problem` : hint ? `${id}-hint` : undefined;
  return (
    <div className="grid gap-2">
      <div className="flex items-center justify-between gap-3">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <span className="flex items-center gap-1.5 text-sm text-muted-foreground">
          <input
            id={id}
            type="number"
            inputMode="decimal"
            min={min}
            max={max}
            step={step}
            value={text}
            aria-invalid={problem ? true : undefined}
            aria-describedby={note}
            onChange={(event) => {
              setText(event.target.value);
              onChange(event.target.value === '' ? Number.NaN : Number(event.target.value));
            }}
            className="h-10 w-20 rounded-md border border-input bg-background px-2 text-right text-sm tabular-nums text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring aria-invalid:border-destructive"
          />
          {unit ?? t('mm')}
        </span>
      </div>
      <input
        type="range"
        aria-label={t('slider', { label })}
        aria-describedby={note}
        min={min}
        max={max}
        step={step}
        value={Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min}
        onChange={(event) => onChange(Number(event.target.value))}
        className="h-6 w-full cursor-pointer accent-[var(--accent)]"
      />
      {problem ? (
        <p id={`${id}-problem`} role="alert" className="text-sm text-destructive">
          {problem}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

function formatValue(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '';
}
