/**
 * Headless Debian Chromium through playwright-core: one persistent context (a fresh profile in a
 * temporary folder) per test file, and pages that record console errors and uncaught exceptions.
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = 'test-artifacts';

/** Headless Chromium as DEVELOPERS.md measured it on this machine (the bench launches it the same way). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(viewport = { width: 1280, height: 720 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'stancegraph-chromium-'));
  // Playwright passes the profile as --user-data-dir itself (it refuses the flag in `args`).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface ViewerPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** window.alert/confirm/prompt calls seen (a script injected through data would show here). */
  dialogs: string[];
}

export interface OpenOptions {
  /** Runs before the page loads: routes (page.route) and init scripts go here. */
  before?: (page: Page) => Promise<void>;
  /** The body[data-ready] to wait for: 'true' (drawn), 'error' (a load failure shown), 'loading', or none. */
  ready?: 'true' | 'error' | 'loading' | null;
}

export async function openViewer(
  context: BrowserContext,
  url: string,
  options: OpenOptions = {},
): Promise<ViewerPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await options.before?.(page);
  await page.goto(url);
  const ready = options.ready === undefined ? 'true' : options.ready;
  if (ready !== null) await page.waitForSelector(`body[data-ready="${ready}"]`, { timeout: 30_000 });
  return { page, errors, dialogs };
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
