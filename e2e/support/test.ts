import {
  type Browser,
  type BrowserContext,
  test as base,
  type ConsoleMessage,
  type WebError,
} from '@playwright/test';

export type { APIRequestContext, Browser, BrowserContext, Locator, Page } from '@playwright/test';
export { expect } from '@playwright/test';

/** A console error or uncaught page error seen during a test. */
interface BrowserProblem {
  kind: 'console error' | 'page error';
  text: string;
  url: string;
}

/**
 * Collects every console error and uncaught error of the pages a test opens — through its `page`,
 * its `context`, or contexts it makes with `browser.newContext()`/`browser.newPage()` — and fails the
 * test when any is left once it ends. A test that causes an error on purpose says so with
 * `consoleErrors.allow(/pattern/, 'why')`; nothing else is allowed.
 */
export class ConsoleErrorGuard {
  private readonly problems: BrowserProblem[] = [];
  private readonly allowed: Array<{ pattern: RegExp; why: string }> = [];
  private readonly watched = new WeakSet<BrowserContext>();

  /** @param origin the app's own origin (the tests' base URL) */
  constructor(private readonly origin: string | undefined) {}

  allow(pattern: RegExp, why: string): void {
    this.allowed.push({ pattern, why });
  }

  watch(context: BrowserContext): void {
    if (this.watched.has(context)) return;
    this.watched.add(context);
    context.on('console', (message: ConsoleMessage) => {
      if (message.type() !== 'error' || isRefusalByOurServer(message, this.origin)) return;
      this.problems.push({ kind: 'console error', text: message.text(), url: message.location().url });
    });
    context.on('weberror', (error: WebError) => {
      this.problems.push({
        kind: 'page error',
        text: `${error.error().message}\n${error.error().stack ?? ''}`,
        url: error.page()?.url() ?? '',
      });
    });
  }

  /** The problems no allowance covers, one line each. */
  unexpected(): string[] {
    return this.problems
      .filter((problem) => !this.allowed.some(({ pattern }) => pattern.test(problem.text)))
      .map((problem) => `${problem.kind} on ${problem.url || 'a page'}: ${problem.text}`);
  }
}

const CLIENT_ERROR_ANSWER = /^Failed to load resource: the server responded with a status of 4\d\d\b/;

/**
 * A 4xx our server gave to a page it was asked for (the 403 and 404 pages) or to a call of its own
 * API under /api/ (a wrong password, a refused input, a preview not made yet): the browser logs it
 * as an error, but it is the product answering as designed, and the tests read what the page says
 * about it. A 4xx for a static file (script, style, image, font), every 5xx, a failed connection and
 * every script error still fail the test.
 */
function isRefusalByOurServer(message: ConsoleMessage, appOrigin: string | undefined): boolean {
  const resource = message.location().url;
  if (!CLIENT_ERROR_ANSWER.test(message.text()) || !resource || !appOrigin) return false;
  const { pathname, origin } = new URL(resource);
  if (origin !== appOrigin) return false;
  return resource === message.page()?.url() || pathname.startsWith('/api/') || !pathname.includes('.');
}

/** The guard of the test running in this worker (a worker runs one test at a time). */
let currentGuard: ConsoleErrorGuard | undefined;

function watchNewContexts(browser: Browser): void {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    currentGuard?.watch(context);
    return context;
  };
  // Browser.newPage may make its context without going through the property patched above.
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    currentGuard?.watch(page.context());
    return page;
  };
}

export const test = base.extend<{ consoleErrors: ConsoleErrorGuard }>({
  // Set up only where a browser is used: the API project never launches one.
  browser: [
    async ({ browser }, use) => {
      watchNewContexts(browser);
      await use(browser);
    },
    { scope: 'worker' },
  ],
  context: async ({ context, consoleErrors }, use) => {
    consoleErrors.watch(context);
    await use(context);
  },
  consoleErrors: [
    async ({ baseURL }, use) => {
      const guard = new ConsoleErrorGuard(baseURL ? new URL(baseURL).origin : undefined);
      currentGuard = guard;
      await use(guard);
      currentGuard = undefined;
      const unexpected = guard.unexpected();
      if (unexpected.length > 0) {
        throw new Error(
          `The browser reported ${unexpected.length} error(s) this test did not allow:\n${unexpected.join('\n')}`,
        );
      }
    },
    { auto: true },
  ],
});
