'use client';

import { Button } from '@facet/ui/button';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { Field, Input } from '@facet/ui/field';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Trash2 } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { fieldErrorsOf } from '@/components/form-errors';
import { useFormat } from '@/components/format-provider';
import { describeRingSize } from '@/components/rings/describe-ring-size';
import { ModelThumbnail } from '@/components/viewer/model-thumbnail';
import { useTRPC } from '@/trpc/client';

const ADDRESS_FIELDS = [
  { name: 'name', label: 'address.name', autoComplete: 'name' },
  { name: 'line1', label: 'address.line1', autoComplete: 'address-line1' },
  { name: 'line2', label: 'address.line2', autoComplete: 'address-line2' },
  { name: 'postalCode', label: 'address.postalCode', autoComplete: 'postal-code' },
  { name: 'city', label: 'address.city', autoComplete: 'address-level2' },
  { name: 'country', label: 'address.country', autoComplete: 'country-name' },
] as const;

export function CartView() {
  const trpc = useTRPC();
  const t = useTranslations('cart');
  const format = useFormat();
  const router = useRouter();
  const queryClient = useQueryClient();
  const cart = useQuery(trpc.shop.getCart.queryOptions());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.shop.getCart.queryKey() });
  const remove = useMutation(trpc.shop.removeFromCart.mutationOptions({ onSuccess: invalidate }));
  const checkOut = useMutation(
    trpc.shop.checkOut.mutationOptions({
      onSuccess: ({ orderId }) => {
        void invalidate();
        router.push(`/orders/${orderId}?placed=1`);
      },
      onError: (error) => setErrors(fieldErrorsOf(error, t('somethingWrong'))),
    }),
  );

  if (cart.isPending) return <Skeleton className="h-64" />;
  if (cart.isError) return <EmptyState title={t('loadFailed')}>{cart.error.message}</EmptyState>;
  if (!cart.data) {
    return (
      <EmptyState
        title={t('emptyTitle')}
        action={
          <Button asChild>
            <Link href="/upload">{t('uploadModel')}</Link>
          </Button>
        }
      >
        {t('emptyText')}
      </EmptyState>
    );
  }
  const { order, estimateCents } = cart.data;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const address = Object.fromEntries(
      ADDRESS_FIELDS.map((field) => [field.name, String(form.get(field.name) ?? '')]),
    );
    setErrors({});
    checkOut.mutate({ shippingAddress: address as never });
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_380px]">
      <ul className="grid content-start gap-3" aria-label={t('items')}>
        {order.items.map((item) => (
          <li key={item.id} className="flex gap-4 rounded-lg border border-border bg-card p-4">
            <ModelThumbnail
              modelId={item.model.id}
              previewReady={item.model.previewReady}
              name={item.model.originalName}
              className="size-20 shrink-0 rounded-md"
            />
            <div className="grid flex-1 gap-1 text-sm">
              <span className="font-medium">{item.model.originalName}</span>
              <span className="text-muted-foreground">
                {item.alloyName} · {t(`finish.${item.finish}`)} · {Math.round(item.scale * 100)}%
                {item.ringSize ? ` · ${t('size', { size: describeRingSize(item.ringSize) })}` : ''}
                {item.engraving ? ` · “${item.engraving}”` : ''} · × {item.quantity}
              </span>
            </div>
            <span className="font-medium tabular-nums">
              {item.quote ? format.money(item.quote.totalCents, item.quote.currency) : '…'}
            </span>
            <Button
              variant="ghost"
              size="icon"
              aria-label={t('remove', { name: item.model.originalName })}
              onClick={() => remove.mutate({ itemId: item.id })}
            >
              <Trash2 aria-hidden />
            </Button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={onSubmit}
        className="grid content-start gap-4 rounded-xl border border-border bg-card p-5"
        noValidate
      >
        <div className="flex items-baseline justify-between">
          <span className="font-medium">{t('estimate')}</span>
          <span className="font-serif text-2xl tabular-nums" data-testid="cart-total">
            {estimateCents === null ? t('pricing') : format.money(estimateCents, order.currency)}
          </span>
        </div>
        <p className="text-xs text-muted-foreground">{t('invoiceNote')}</p>
        <h2 className="text-lg font-semibold">{t('deliveryAddress')}</h2>
        {ADDRESS_FIELDS.map((field) => (
          <Field
            key={field.name}
            id={field.name}
            label={t(field.label)}
            error={errors[`shippingAddress.${field.name}`] ?? errors[field.name]}
          >
            <Input id={field.name} name={field.name} autoComplete={field.autoComplete} />
          </Field>
        ))}
        {errors.form ? (
          <p role="alert" className="text-sm text-destructive">
            {errors.form}
          </p>
        ) : null}
        <Button type="submit" size="lg" disabled={checkOut.isPending}>
          {checkOut.isPending ? t('placing') : t('placeOrder')}
        </Button>
      </form>
    </div>
  );
}
