import { CLIENT_KINDS } from '@facet/db/enums';
import { z } from 'zod';

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((value) => value || null)
    .nullish()
    .transform((value) => value ?? null);

/** A phone number as people write it: digits with spaces, dots, dashes, brackets and a leading +. */
const ZPhone = z
  .string()
  .trim()
  .max(40, 'A phone number has at most 40 characters.')
  .refine((value) => value === '' || /^\+?[0-9 ().-]{6,}$/.test(value), {
    message: 'Write the phone number with digits, e.g. +33 6 12 34 56 78.',
  })
  .transform((value) => value || null)
  .nullish()
  .transform((value) => value ?? null);

const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => value === '' || z.email().safeParse(value).success, {
    message: 'That does not look like an email address.',
  })
  .transform((value) => value || null)
  .nullish()
  .transform((value) => value ?? null);

const ZClientFields = z.object({
  kind: z.enum(CLIENT_KINDS),
  name: z.string().trim().min(2, 'Give the client a name (at least 2 characters).').max(160),
  email: ZEmail,
  phone: ZPhone,
  companyName: optionalText(160, 'A company name has at most 160 characters.'),
});

/** A person needs a way to reach them; a company needs its legal name for invoices. */
function checkClient(client: z.output<typeof ZClientFields>, context: z.RefinementCtx) {
  if (!client.email && !client.phone) {
    context.addIssue({ code: 'custom', path: ['email'], message: 'Give an email or a phone number.' });
  }
  if (client.kind === 'company' && !client.companyName) {
    context.addIssue({
      code: 'custom',
      path: ['companyName'],
      message: 'A company needs its registered name.',
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
  name: z.string().trim().min(2, 'Give the contact a name.').max(160),
  role: optionalText(80, 'A role has at most 80 characters.'),
  email: ZEmail,
  phone: ZPhone,
});
export type TContactInput = z.input<typeof ZContactInput>;

export const ZClientNoteInput = z.object({
  clientId: z.string().uuid(),
  body: z.string().trim().min(1, 'Write something first.').max(4000, 'A note has at most 4,000 characters.'),
});
export type TClientNoteInput = z.input<typeof ZClientNoteInput>;
