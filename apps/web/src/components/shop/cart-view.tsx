'use client';

import { Button } from '@facet/ui/button';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { Field, Input } from '@facet/ui/field';
import { formatMoney } from '@facet/ui/format';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Trash2 } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { fieldErrorsOf } from '@/components/form-errors';
import { ModelThumbnail } from '@/components/orders/model-thumbnail';
import { useTRPC } from '@/trpc/client';

const ADDRESS_FIELDS = [
  { name: 'name', label: 'Full name', autoComplete: 'name' },
  { name: 'line1', label: 'Street and number', autoComplete: 'address-line1' },
  { name: 'line2', label: 'Apartment, floor (optional)', autoComplete: 'address-line2' },
  { name: 'postalCode', label: 'Postal code', autoComplete: 'postal-code' },
  { name: 'city', label: 'City', autoComplete: 'address-level2' },
  { name: 'country', label: 'Country', autoComplete: 'country-name' },
] as const;

export function CartView() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const cart = useQuery(trpc.shop.cart.queryOptions());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.shop.cart.queryKey() });
  const remove = useMutation(trpc.shop.removeFromCart.mutationOptions({ onSuccess: invalidate }));
  const checkOut = useMutation(
    trpc.shop.checkOut.mutationOptions({
      onSuccess: ({ orderId }) => {
        void invalidate();
        router.push(`/orders/${orderId}?placed=1`);
      },
      onError: (error) => setErrors(fieldErrorsOf(error)),
    }),
  );

  if (cart.isPending) return <Skeleton className="h-64" />;
  if (cart.isError) return <EmptyState title="We could not load your cart">{cart.error.message}</EmptyState>;
  if (!cart.data) {
    return (
      <EmptyState
        title="Your cart is empty"
        action={
          <Button asChild>
            <Link href="/upload">Upload a model</Link>
          </Button>
        }
      >
        Upload a model, choose its metal and add it here.
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
      <ul className="grid content-start gap-3" aria-label="Items in your cart">
        {order.items.map((item) => (
          <li key={item.id} className="flex gap-4 rounded-lg border border-border bg-card p-4">
            <ModelThumbnail model={item.model} className="size-20 shrink-0" />
            <div className="grid flex-1 gap-1 text-sm">
              <span className="font-medium">{item.model.originalName}</span>
              <span className="text-muted-foreground">
                {item.alloyName} · {item.finish} · {Math.round(item.scale * 100)}%
                {item.ringSize ? ` · size ${item.ringSize}` : ''}
                {item.engraving ? ` · “${item.engraving}”` : ''} · × {item.quantity}
              </span>
            </div>
            <span className="font-medium tabular-nums">
              {item.quote ? formatMoney(item.quote.totalCents) : '…'}
            </span>
            <Button
              variant="ghost"
              size="icon"
              aria-label={`Remove ${item.model.originalName}`}
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
          <span className="font-medium">Estimated total</span>
          <span className="font-serif text-2xl tabular-nums" data-testid="cart-total">
            {estimateCents === null ? 'Pricing…' : formatMoney(estimateCents)}
          </span>
        </div>
        <p className="text-xs text-muted-foreground">
          Our workshop confirms the price from your files within seconds of ordering. You pay on invoice once
          it is confirmed — no card needed now.
        </p>
        <h2 className="text-lg font-semibold">Delivery address</h2>
        {ADDRESS_FIELDS.map((field) => (
          <Field
            key={field.name}
            id={field.name}
            label={field.label}
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
          {checkOut.isPending ? 'Placing your order…' : 'Place order · pay on invoice'}
        </Button>
      </form>
    </div>
  );
}
