import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { FlightRecordView } from '@/components/flight-recorder/flight-record-view';
import { requireSurface } from '@/server/auth';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('flight_recorder') };
}

export default async function FlightRecorderPage({
  searchParams,
}: {
  searchParams: Promise<{ order?: string }>;
}) {
  const user = await requireSurface('crm', '/flight-recorder');
  const reference = (await searchParams).order ?? '';
  const t = await getTranslations('uiRest.flightRecorder');
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <div>
          <h1 className="text-3xl">{t('title')}</h1>
          <p className="text-muted-foreground">{t('description')}</p>
        </div>
        <FlightRecordView key={reference} reference={reference} />
      </div>
    </AppShell>
  );
}
