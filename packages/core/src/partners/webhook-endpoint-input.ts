import { z } from 'zod';
import { fieldMessage } from '../i18n/field-messages';

/** Where webhooks may go: http(s) URLs without credentials in them. */
export const ZWebhookUrl = z
  .string()
  .trim()
  .max(2_000)
  .url(fieldMessage('webhook.url-invalid'))
  // Zod runs every check even after `.url()` failed: these only judge a URL that parses.
  .refine(
    (value) => !URL.canParse(value) || /^https?:$/.test(new URL(value).protocol),
    fieldMessage('webhook.url-scheme'),
  )
  .refine((value) => {
    if (!URL.canParse(value)) return true;
    const url = new URL(value);
    return !url.username && !url.password;
  }, fieldMessage('webhook.url-credentials'))
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
