'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import { useTRPC } from '@/trpc/client';

function labelOf(client: { name: string; email: string | null; phone: string | null }): string {
  return [client.name, client.email ?? client.phone].filter(Boolean).join(' — ');
}

/** Pick a client to filter by: type part of a name, email or phone and choose from the suggestions. */
export function ClientFilter({
  onPick,
  className,
}: {
  onPick: (clientId: string) => void;
  className?: string;
}) {
  const trpc = useTRPC();
  const t = useTranslations('crmUi');
  const listId = useId();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed.trim()), 200);
    return () => clearTimeout(timer);
  }, [typed]);
  const suggestions = useQuery(
    trpc.crm.clients.search.queryOptions({ query, limit: 8 }, { enabled: query.length >= 2 }),
  );
  const options = suggestions.data?.items ?? [];
  return (
    <label className={`grid gap-1 ${className ?? ''}`}>
      <span className="text-xs text-muted-foreground">{t('common.client')}</span>
      <input
        type="search"
        list={listId}
        value={typed}
        placeholder={t('clientFilter.placeholder')}
        onChange={(event) => {
          const value = event.target.value;
          setTyped(value);
          const picked = options.find((client) => labelOf(client) === value);
          if (picked) {
            onPick(picked.id);
            setTyped('');
          }
        }}
        className="h-9 w-56 rounded-md border border-input bg-background px-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      />
      <datalist id={listId}>
        {options.map((client) => (
          <option key={client.id} value={labelOf(client)} />
        ))}
      </datalist>
    </label>
  );
}
