// Helpers for the end-to-end tests: Debian's Chromium driven by playwright-core, axe, screenshots.
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8099';
export const RESULTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');
mkdirSync(join(RESULTS, 'screenshots'), { recursive: true });

/** Flags that let Chromium run headless as root on a machine without outside network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A fresh page in its own context (axe needs pages from browser.newContext()); fails the test on page errors. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: BASE_URL, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.errors = errors;
  return page;
}

/** Waits until the page has its h1 and nothing on it is loading any more. */
export async function settled(page) {
  // Navigations run as React transitions: the old page stays until the new one is ready, and <main> says which
  // location it shows.
  // (a page the server sent pre-rendered has that <main> too, until the app has rendered in its place)
  await page.waitForFunction(
    () => document.querySelector('main')?.dataset.location === location.pathname + location.search && !document.querySelector('[data-prerendered]'),
  );
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 15_000 });
}

/** A full-page screenshot for looking at the pages by eye, taken only when SCREENSHOTS is set (it costs time). */
export async function screenshot(page, name) {
  if (!process.env.SCREENSHOTS) return;
  await page.screenshot({ path: join(RESULTS, 'screenshots', `${name}.png`), fullPage: true });
}

/** Runs axe on the page; returns the violations in a readable form. */
export async function axeViolations(page) {
  // only violations are read: leaving out the details of passed and inapplicable rules makes a run a good deal faster
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Presses Tab until the focused element satisfies `matches` (evaluated in the page with the element), the way a
 * keyboard user moves through the page. Fails after `max` presses.
 */
export async function tabTo(page, matches, arg, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(([source, a]) => new Function('el', 'arg', `return (${source})(el, arg)`)(document.activeElement, a), [matches.toString(), arg])) {
      return;
    }
  }
  throw new Error(`Tab did not reach the element after ${max} presses`);
}

/** Text of the element that has the focus. */
export function focusedText(page) {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

/** Logs in through the login page and waits for the header to show who is signed in. */
export async function logIn(page, username, password) {
  await page.goto('/login');
  await settled(page);
  await page.getByLabel('Benutzername').fill(username);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByTestId('user-menu-who').waitFor();
}

/** Opens the signed-in user's menu in the header (links of the role, "Abmelden"). */
export async function openUserMenu(page) {
  if (!(await page.locator('details.user-menu').evaluate((d) => d.open))) await page.getByTestId('user-menu-who').click();
}

/** Adds an action step through the step editor of a measure's edit page and waits until it is listed. */
export async function addStep(page, title, due) {
  await page.getByRole('button', { name: 'Handlungsschritt hinzufügen' }).click();
  await page.getByLabel('Titel des Schritts').fill(title);
  if (due) await page.getByLabel('Fällig am').fill(due);
  await page.getByRole('button', { name: 'Schritt anlegen' }).click();
  await page.locator('.step-editor__item', { hasText: title }).waitFor();
}

/** Types into a picker and takes the first match with the keyboard. */
export async function pick(page, label, text) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(text);
  await page.getByRole('listbox', { name: label }).getByRole('option').first().waitFor();
  await box.press('ArrowDown');
  await box.press('Enter');
}

/** Console errors other than failed requests (a 401/403/409 the test provokes is logged by the browser). */
export const notNetwork = (errors) => errors.filter((e) => !/Failed to load resource/.test(e));
