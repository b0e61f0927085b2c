'use client';

import { Button } from '@facet/ui/button';
import { Copy } from 'lucide-react';
import { toast } from 'sonner';

/** A secret shown this one time (an API key, a signing secret), with a copy button. */
export function ShownOnce({ label, value, onDone }: { label: string; value: string; onDone: () => void }) {
  return (
    <div role="status" className="grid gap-2 rounded-lg border border-accent bg-accent/10 p-4 text-sm">
      <p className="font-medium">{label}</p>
      <p className="text-muted-foreground">Copy it now: it is shown only once and cannot be read again.</p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          data-testid="shown-once-value"
          className="break-all rounded bg-card px-2 py-1 font-mono text-xs"
        >
          {value}
        </code>
        <Button
          type="button"
          size="sm"
          variant="outline"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(value);
              toast.success('Copied.');
            } catch {
              toast.error('Copying was refused by the browser: select the text and copy it by hand.');
            }
          }}
        >
          <Copy aria-hidden /> Copy
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onDone}>
          I have stored it
        </Button>
      </div>
    </div>
  );
}
