import { Button } from '@facet/ui/button';
import { formatMoney } from '@facet/ui/format';
import { Box, Gem, Truck, Upload } from 'lucide-react';
import Link from 'next/link';
import { AppShell } from '@/components/app-shell';
import { getSessionUser } from '@/server/auth';
import { getQueryClient, trpc } from '@/trpc/server';

export const dynamic = 'force-dynamic';

const STEPS = [
  {
    icon: Upload,
    title: 'Upload your model',
    text: 'Drop an STL, OBJ or 3MF file of a ring, pendant or earring. You see it in 3D at once.',
  },
  {
    icon: Gem,
    title: 'Choose the metal',
    text: 'Silver, gold in three colours, or platinum. The price is worked out from your model in seconds.',
  },
  {
    icon: Box,
    title: 'We cast and finish it',
    text: 'Our workshop casts, polishes and checks every piece by hand.',
  },
  {
    icon: Truck,
    title: 'Follow it to your door',
    text: 'Your order page shows each step live, from approval to shipping.',
  },
];

export default async function ShopHome() {
  const [user, alloys] = await Promise.all([
    getSessionUser(),
    getQueryClient().fetchQuery(trpc.catalog.alloys.queryOptions()),
  ]);
  return (
    <AppShell user={user}>
      <section className="grid gap-6 py-8 md:grid-cols-[1.2fr_1fr] md:items-center md:py-16">
        <div className="grid gap-5">
          <p className="text-sm font-medium uppercase tracking-[0.2em] text-accent">Made to order</p>
          <h1 className="text-4xl leading-tight md:text-6xl">Your design, cast in precious metal.</h1>
          <p className="max-w-xl text-lg text-muted-foreground">
            Facet turns the 3D model of your ring, pendant or earrings into a finished piece of jewellery.
            Upload it, see it, get an instant price, and follow it through our workshop.
          </p>
          <div className="flex flex-wrap gap-3">
            <Button asChild size="lg">
              <Link href={user ? '/orders' : '/sign-up'}>
                {user ? 'See my orders' : 'Start with your model'}
              </Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link href="/build">Or build one from ready parts</Link>
            </Button>
            <Button asChild size="lg" variant="ghost">
              <Link href="#metals">See metals and prices</Link>
            </Button>
          </div>
        </div>
        <div
          aria-hidden
          className="aspect-square rounded-2xl bg-[radial-gradient(circle_at_35%_30%,#fff7e6,#e9d3a5_40%,#a07a3c_75%,#5b4420)] shadow-2xl"
        />
      </section>

      <section aria-labelledby="how" className="grid gap-6 py-10">
        <h2 id="how" className="text-3xl">
          How it works
        </h2>
        <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {STEPS.map((step, index) => (
            <li key={step.title} className="grid gap-2 rounded-xl border border-border bg-card p-5">
              <step.icon aria-hidden className="size-6 text-accent" />
              <p className="font-medium">
                {index + 1}. {step.title}
              </p>
              <p className="text-sm text-muted-foreground">{step.text}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="metals" className="grid gap-6 py-10" id="metals">
        <div>
          <h2 id="metals-title" className="text-3xl">
            Metals and prices
          </h2>
          <p className="text-muted-foreground">
            The metal is priced by weight: your model&apos;s volume times the alloy&apos;s density. Work and
            finishing are added in the quote.
          </p>
        </div>
        <div className="overflow-x-auto rounded-xl border border-border bg-card">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-border text-muted-foreground">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  Alloy
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Density
                </th>
                <th scope="col" className="px-4 py-3 text-right font-medium">
                  Price per gram
                </th>
              </tr>
            </thead>
            <tbody>
              {alloys.map((alloy) => (
                <tr key={alloy.code} className="border-b border-border last:border-0">
                  <td className="px-4 py-3 font-medium">{alloy.name}</td>
                  <td className="px-4 py-3 tabular-nums">{alloy.densityGPerCm3.toFixed(2)} g/cm³</td>
                  <td className="px-4 py-3 text-right tabular-nums">
                    {formatMoney(alloy.pricePerGramCents)}
                  </td>
                </tr>
              ))}
              {alloys.length === 0 ? (
                <tr>
                  <td colSpan={3} className="px-4 py-6 text-center text-muted-foreground">
                    Prices are being updated. Please come back shortly.
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      </section>
    </AppShell>
  );
}
