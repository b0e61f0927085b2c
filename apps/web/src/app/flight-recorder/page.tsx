import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { FlightRecordView } from '@/components/flight-recorder/flight-record-view';
import { requireSurface } from '@/server/auth';

export const metadata: Metadata = { title: 'Flight recorder' };

export default async function FlightRecorderPage({
  searchParams,
}: {
  searchParams: Promise<{ order?: string }>;
}) {
  const user = await requireSurface('crm', '/flight-recorder');
  const reference = (await searchParams).order ?? '';
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <div>
          <h1 className="text-3xl">Order flight recorder</h1>
          <p className="text-muted-foreground">
            Every event, job attempt and webhook delivery of one order, with trace ids.
          </p>
        </div>
        <FlightRecordView key={reference} reference={reference} />
      </div>
    </AppShell>
  );
}
