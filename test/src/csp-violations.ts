import type { Page } from 'playwright-core';

/**
 * What the browser refused to load or run under the page's Content-Security-Policy, as Chromium reports it on the
 * console, from now on: a policy too tight for what a page needs (GraphiQL's styles, fonts, a script) fails the
 * test that expects none.
 */
export function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}
