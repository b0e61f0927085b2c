import { Button } from '@facet/ui/button';
import { Box, Gem, Truck, Upload } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { getFormat } from '@/i18n/server-format';
import { getSessionUser } from '@/server/auth';
import { getQueryClient, trpc } from '@/trpc/server';

export const dynamic = 'force-dynamic';

const STEPS = [
  { icon: Upload, key: 'upload' },
  { icon: Gem, key: 'metal' },
  { icon: Box, key: 'cast' },
  { icon: Truck, key: 'follow' },
];

export default async function ShopHome() {
  const t = await getTranslations('home');
  const format = await getFormat();
  const [user, alloys] = await Promise.all([
    getSessionUser(),
    getQueryClient().fetchQuery(trpc.shop.catalog.listAlloys.queryOptions()),
  ]);
  return (
    <AppShell user={user}>
      <section className="grid gap-6 py-8 md:grid-cols-[1.2fr_1fr] md:items-center md:py-16">
        <div className="grid gap-5">
          <p className="text-sm font-medium uppercase tracking-[0.2em] text-accent">{t('eyebrow')}</p>
          <h1 className="text-4xl leading-tight md:text-6xl">{t('headline')}</h1>
          <p className="max-w-xl text-lg text-muted-foreground">{t('lead')}</p>
          <div className="flex flex-wrap gap-3">
            <Button asChild size="lg">
              <Link href={user ? '/orders' : '/sign-up'}>
                {user ? t('seeMyOrders') : t('startWithModel')}
              </Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link href="/build">{t('buildFromParts')}</Link>
            </Button>
            <Button asChild size="lg" variant="ghost">
              <Link href="#metals">{t('seeMetals')}</Link>
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
          {t('howItWorks')}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {STEPS.map((step, index) => (
            <li key={step.key} className="grid gap-2 rounded-xl border border-border bg-card p-5">
              <step.icon aria-hidden className="size-6 text-accent" />
              <p className="font-medium">
                {index + 1}. {t(`steps.${step.key}.title`)}
              </p>
              <p className="text-sm text-muted-foreground">{t(`steps.${step.key}.text`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="metals" className="grid gap-6 py-10" id="metals">
        <div>
          <h2 id="metals-title" className="text-3xl">
            {t('metalsTitle')}
          </h2>
          <p className="text-muted-foreground">{t('metalsLead')}</p>
        </div>
        <div className="overflow-x-auto rounded-xl border border-border bg-card">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-border text-muted-foreground">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t('alloy')}
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t('density')}
                </th>
                <th scope="col" className="px-4 py-3 text-right font-medium">
                  {t('pricePerGram')}
                </th>
              </tr>
            </thead>
            <tbody>
              {alloys.map((alloy) => (
                <tr key={alloy.code} className="border-b border-border last:border-0">
                  <td className="px-4 py-3 font-medium">{alloy.name}</td>
                  <td className="px-4 py-3 tabular-nums">
                    {t('densityValue', { density: alloy.densityGPerCm3 })}
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">
                    {format.money(alloy.pricePerGramCents, alloy.currency)}
                  </td>
                </tr>
              ))}
              {alloys.length === 0 ? (
                <tr>
                  <td colSpan={3} className="px-4 py-6 text-center text-muted-foreground">
                    {t('pricesUpdating')}
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
