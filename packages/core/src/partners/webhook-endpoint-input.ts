import { z } from 'zod';

/** Where webhooks may go: http(s) URLs without credentials in them. */
export const ZWebhookUrl = z
  .string()
  .trim()
  .max(2_000)
  .url('The webhook URL must be an absolute URL, e.g. https://example.com/facet/webhooks.')
  // Zod runs every check even after `.url()` failed: these only judge a URL that parses.
  .refine(
    (value) => !URL.canParse(value) || /^https?:$/.test(new URL(value).protocol),
    'The webhook URL must use http or https.',
  )
  .refine((value) => {
    if (!URL.canParse(value)) return true;
    const url = new URL(value);
    return !url.username && !url.password;
  }, 'Put no user name or password in the webhook URL; verify our signature instead.')
  .meta({ example: 'https://erp.atelier-lumen.example/facet/webhooks' });

export const ZCreateWebhookEndpointInput = z
  .object({
    url: ZWebhookUrl,
    description: z.string().trim().max(200).nullish(),
  })
  .meta({ id: 'CreateWebhookEndpoint' });
export type TCreateWebhookEndpointInput = z.infer<typeof ZCreateWebhookEndpointInput>;

export const ZUpdateWebhookEndpointInput = z
  .object({
    url: ZWebhookUrl.optional(),
    description: z.string().trim().max(200).nullish(),
    /** true re-enables a disabled endpoint (and clears its failure count); false pauses it. */
    enabled: z.boolean().optional(),
  })
  .meta({ id: 'UpdateWebhookEndpoint' });
export type TUpdateWebhookEndpointInput = z.infer<typeof ZUpdateWebhookEndpointInput>;
