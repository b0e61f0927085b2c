import { TRPCClientError } from '@trpc/client';

interface ErrorData {
  zodError?: { fieldErrors?: Record<string, string[] | undefined>; formErrors?: string[] } | null;
  details?: { field?: string } | null;
}

/** Turns a tRPC error into messages by field name, so each shows next to its control; `form` holds the rest. */
export function fieldErrorsOf(
  error: unknown,
  somethingWentWrong = 'Something went wrong. Please try again.',
): Record<string, string> {
  if (!(error instanceof TRPCClientError)) return { form: somethingWentWrong };
  const data = error.data as ErrorData | undefined;
  const fieldErrors = data?.zodError?.fieldErrors;
  if (fieldErrors && Object.keys(fieldErrors).length > 0) {
    return Object.fromEntries(
      Object.entries(fieldErrors).flatMap(([field, messages]) =>
        messages?.[0] ? [[field, messages[0]]] : [],
      ),
    );
  }
  const field = data?.details?.field;
  return { [field ?? 'form']: error.message };
}
