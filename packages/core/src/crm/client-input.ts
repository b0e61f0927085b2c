import { CLIENT_KINDS } from '@facet/db/enums';
import { z } from 'zod';
import { type FieldMessageKey, fieldMessage } from '../i18n/field-messages';

const optionalText = (max: number, message: FieldMessageKey) =>
  z
    .string()
    .trim()
    .max(max, fieldMessage(message))
    .transform((value) => value || null)
    .nullish()
    .transform((value) => value ?? null);

/** A phone number as people write it: digits with spaces, dots, dashes, brackets and a leading +. */
const ZPhone = z
  .string()
  .trim()
  .max(40, fieldMessage('client.phone-long'))
  .refine((value) => value === '' || /^\+?[0-9 ().-]{6,}$/.test(value), {
    message: fieldMessage('client.phone-invalid'),
  })
  .transform((value) => value || null)
  .nullish()
  .transform((value) => value ?? null);

const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => value === '' || z.email().safeParse(value).success, {
    message: fieldMessage('account.email-invalid'),
  })
  .transform((value) => value || null)
  .nullish()
  .transform((value) => value ?? null);

const ZClientFields = z.object({
  kind: z.enum(CLIENT_KINDS),
  name: z.string().trim().min(2, fieldMessage('client.name-short')).max(160),
  email: ZEmail,
  phone: ZPhone,
  companyName: optionalText(160, 'client.company-name-long'),
});

/** A person needs a way to reach them; a company needs its legal name for invoices. */
function checkClient(client: z.output<typeof ZClientFields>, context: z.RefinementCtx) {
  if (!client.email && !client.phone) {
    context.addIssue({ code: 'custom', path: ['email'], message: fieldMessage('client.reach-missing') });
  }
  if (client.kind === 'company' && !client.companyName) {
    context.addIssue({
      code: 'custom',
      path: ['companyName'],
      message: fieldMessage('client.company-name-missing'),
    });
  }
}

export const ZCreateClientInput = ZClientFields.superRefine(checkClient);
export type TCreateClientInput = z.input<typeof ZCreateClientInput>;

export const ZUpdateClientInput = ZClientFields.extend({ clientId: z.string().uuid() }).superRefine(
  checkClient,
);
export type TUpdateClientInput = z.input<typeof ZUpdateClientInput>;

export const ZContactInput = z.object({
  clientId: z.string().uuid(),
  name: z.string().trim().min(2, fieldMessage('client.contact-name-short')).max(160),
  role: optionalText(80, 'client.contact-role-long'),
  email: ZEmail,
  phone: ZPhone,
});
export type TContactInput = z.input<typeof ZContactInput>;

export const ZClientNoteInput = z.object({
  clientId: z.string().uuid(),
  body: z.string().trim().min(1, fieldMessage('note.empty')).max(4000, fieldMessage('note.client-long')),
});
export type TClientNoteInput = z.input<typeof ZClientNoteInput>;
