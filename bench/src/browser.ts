import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { benchSettings } from './env';

/** Debian's Chromium (apt-get install chromium), unless CHROMIUM_PATH names another. Test tools may not download one. */
export const CHROMIUM_PATH = benchSettings.CHROMIUM_PATH;

/** A file in `dir` (created if need be), for screenshots a reader of a run may want to look at. */
export function artifactPath(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/** Headless Chromium that never calls out (the hub runs on closed networks; so do its tests). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
