'use client';

import { cn } from '@facet/ui/cn';
import type { ReactNode } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  description?: string;
  swatch?: ReactNode;
}

/** Radio buttons drawn as cards: click or tap one, or move between them with the arrow keys. */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
  columns = 3,
  describedBy,
}: {
  legend: string;
  name: string;
  value: T;
  choices: Choice<T>[];
  onChange: (value: T) => void;
  columns?: 2 | 3 | 4;
  describedBy?: string;
}) {
  return (
    <fieldset className="grid gap-2" aria-describedby={describedBy}>
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      <div
        className={cn(
          'grid gap-2',
          columns === 2 && 'grid-cols-2',
          columns === 3 && 'grid-cols-3',
          columns === 4 && 'grid-cols-2 sm:grid-cols-4',
        )}
      >
        {choices.map((choice) => (
          <label
            key={choice.value}
            className={cn(
              'flex min-h-11 cursor-pointer flex-col justify-center gap-0.5 rounded-md border border-border bg-card px-3 py-2 text-sm transition-colors hover:bg-muted has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring',
              value === choice.value && 'border-accent bg-secondary hover:bg-secondary',
            )}
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              className="sr-only"
            />
            <span className="flex items-center gap-2 font-medium">
              {choice.swatch}
              {choice.label}
            </span>
            {choice.description ? (
              <span className="text-xs text-muted-foreground">{choice.description}</span>
            ) : null}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
