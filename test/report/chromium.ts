/**
 * Launches Debian's Chromium (the `chromium` package) through playwright-core for the HTML report
 * test and the README screenshot. Never downloads a browser: playwright-core has no bundled one
 * and we point it at the system binary. Flags keep the browser itself off the network too
 * (no component updates, sync, QUIC, first-run pings), so any request seen is the page's own.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The system Chromium; CHROMIUM_PATH overrides it (e.g. another distribution's path). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Why Chromium cannot run here, or undefined when it can. */
export function chromiumMissing(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  return `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package: apt-get update && apt-get install -y chromium (CI's .ci/run does it; the tests never download a browser).`;
}

/** Starts headless Chromium; throws with the install hint when it is missing. */
export async function launchChromium(): Promise<Browser> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
