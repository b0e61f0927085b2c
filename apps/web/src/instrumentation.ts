/** Runs once when the server starts: a wrong environment stops it here, not on the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { env } = await import('./env');
    env();
  }
}
