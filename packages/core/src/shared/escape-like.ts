/** `%` and `_` typed by a person are literal characters, not LIKE wildcards. */
export function escapeLike(text: string): string {
  return text.replaceAll(/[\\%_]/g, (char) => `\\${char}`);
}
