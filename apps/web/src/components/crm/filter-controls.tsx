'use client';

import { ORDER_CHANNELS } from '@facet/db/enums';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

export const FILTER_SELECT_CLASS =
  'h-9 rounded-md border border-input bg-background px-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring';

/** A filter above a list: a small caption over its control. */
export function FilterField({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is `children`, inside the label
    <label className="grid gap-1">
      <span className="text-xs text-muted-foreground">{label}</span>
      {children}
    </label>
  );
}

/** Orders from one channel (shop, CRM, partner API), or from all. */
export function ChannelFilter({ value, onChange }: { value: string; onChange: (channel: string) => void }) {
  const t = useTranslations('crmUi');
  return (
    <FilterField label={t('common.channel')}>
      <select
        className={FILTER_SELECT_CLASS}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('common.allChannels')}</option>
        {ORDER_CHANNELS.map((channel) => (
          <option key={channel} value={channel}>
            {t(`channel.${channel}`)}
          </option>
        ))}
      </select>
    </FilterField>
  );
}
