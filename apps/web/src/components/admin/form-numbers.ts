/** A number typed into a form, with a decimal comma or point. */
export const decimalOf = (value: FormDataEntryValue | null) => Number(String(value ?? '').replace(',', '.'));

/** An amount typed in currency units (12,50), in cents. */
export const centsOf = (value: FormDataEntryValue | null) => Math.round(decimalOf(value) * 100);

/** Cents as the currency units an input shows (1250 → "12.50"). */
export const unitsOf = (cents: number) => (cents / 100).toFixed(2);
