'use client';

import { ApiReferenceReact } from '@scalar/api-reference-react';
import '@scalar/api-reference-react/style.css';

/**
 * Scalar's light theme with its greys and token colours darkened to WCAG AA contrast (4.5:1 on its
 * lightest and darkest panels), and code samples in the guides wrapped rather than scrolled sideways,
 * so a keyboard user never meets a region they cannot scroll.
 */
const ACCESSIBLE_THEME = `
.light-mode {
  --scalar-color-2: #4d4d4d;
  --scalar-color-3: #5c5c5c;
  --scalar-color-accent: #0068b3;
  --scalar-color-green: #05704b;
  --scalar-color-red: #c00005;
  --scalar-color-yellow: #7a5e00;
  --scalar-color-blue: #005c99;
  --scalar-color-orange: #b33e00;
  --scalar-color-query: #006b70;
}
.scalar-app .markdown pre,
.scalar-app .markdown pre code {
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  overflow-x: visible;
}
`;

/**
 * Scalar's API reference, bundled with the app: it loads nothing from elsewhere (no web fonts, no
 * telemetry, no request proxy — the try-it console calls this server directly, as the page's
 * Content-Security-Policy requires).
 */
export function PartnerApiReference({ document }: { document: Record<string, unknown> }) {
  return (
    <ApiReferenceReact
      configuration={{
        content: document,
        withDefaultFonts: false,
        customCss: ACCESSIBLE_THEME,
        telemetry: false,
        showDeveloperTools: 'never',
        hideDarkModeToggle: true,
        forceDarkModeState: 'light',
        documentDownloadType: 'json',
        defaultHttpClient: { targetKey: 'shell', clientKey: 'curl' },
        // Every operation shown at once (the guide is read top to bottom), and nothing that leaves
        // this server: no hosted client, no AI agent.
        defaultOpenAllTags: true,
        hideClientButton: true,
        agent: { disabled: true },
      }}
    />
  );
}
