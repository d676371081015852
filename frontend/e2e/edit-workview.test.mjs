// End-to-end tests of the work view and the change history. They create their own need and measure (unique codes),
// so they depend neither on the order of the edit-*.test.mjs files nor on what those change.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, launch, logIn, newPage, screenshot, settled } from './support.mjs';

const EDITOR = ['demo-redaktion', 'demo-redaktion-passwort'];
const unique = Date.now().toString(36).toUpperCase();

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Calls the API as the signed-in user of the page: session cookie plus X-CSRF-Token, as the app does. */
async function apiAs(page, method, path, body, headers = {}) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'ihk_csrf')?.value;
  assert.ok(csrf, 'the page is signed in');
  const res = await page.request.fetch(path, {
    method,
    headers: { 'X-CSRF-Token': csrf, Accept: 'application/json', ...headers },
    data: body,
  });
  assert.ok(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`);
  return { body: await res.json(), etag: res.headers().etag };
}

async function firstActionField(page) {
  const { body } = await apiAs(page, 'GET', '/api/v1/areas/schinkel/action-fields?size=1');
  return body.items[0];
}

describe('work view and history', () => {
  test('an editor opens the work view from the header and sees a need without measure and a measure without steps', async () => {
    const page = await newPage(browser);
    await logIn(page, ...EDITOR);
    const field = await firstActionField(page);
    const need = await apiAs(page, 'POST', '/api/v1/areas/schinkel/needs', {
      actionFieldId: field.id,
      code: `WV-N-${unique}`,
      title: `Bedarf ohne Antwort ${unique}`,
      priority: 'MEDIUM',
      publicationStatus: 'DRAFT',
    });
    const measure = await apiAs(page, 'POST', '/api/v1/areas/schinkel/measures', {
      code: `WV-M-${unique}`,
      title: `Maßnahme ohne Schritte ${unique}`,
      actionFieldId: field.id,
      status: 'PLANNED',
      priority: 'LOW',
    });

    await page.goto('/areas/schinkel');
    await settled(page);
    await page.getByRole('link', { name: 'Arbeitsansicht', exact: true }).first().click();
    await page.waitForURL('**/areas/schinkel/work');
    await settled(page);

    const needs = page.locator('#uncovered-needs');
    const needItem = needs.getByTestId('work-item').filter({ hasText: need.body.title });
    await needItem.waitFor();
    assert.match(await needItem.textContent(), /Entwurf/, 'the draft is marked');
    assert.equal(await needItem.getByRole('link', { name: new RegExp(need.body.title) }).getAttribute('href'), `/areas/schinkel/needs/${need.body.id}`);

    const measureItem = page.locator('#without-steps').getByTestId('work-item').filter({ hasText: measure.body.title });
    await measureItem.waitFor();
    assert.equal(
      await measureItem.getByRole('link', { name: `„${measure.body.title}“ bearbeiten` }).getAttribute('href'),
      `/areas/schinkel/measures/${measure.body.id}/edit`,
    );

    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'work-view');
    await page.goto('/en/areas/schinkel/work');
    await settled(page);
    assert.equal((await page.locator('h1').textContent()).trim(), 'Work view');
    await page.locator('#uncovered-needs').getByText(need.body.title).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'work-view-en');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('readers are told the work view is for editors', async () => {
    const page = await newPage(browser);
    await page.goto('/areas/schinkel/work');
    await settled(page);
    await page.getByText('Die Arbeitsansicht ist für die Redaktion').waitFor();
    assert.equal(await page.locator('#uncovered-needs').count(), 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("an editor changes a measure via the API and sees the changed fields with old and new values in its history", async () => {
    const page = await newPage(browser);
    await logIn(page, ...EDITOR);
    const field = await firstActionField(page);
    const input = {
      code: `WV-H-${unique}`,
      title: `Verlauf prüfen ${unique}`,
      actionFieldId: field.id,
      status: 'PLANNED',
      priority: 'MEDIUM',
      progress: 10,
    };
    const created = await apiAs(page, 'POST', '/api/v1/areas/schinkel/measures', input);
    await apiAs(page, 'PUT', `/api/v1/areas/schinkel/measures/${created.body.id}`, { ...input, title: `Verlauf geprüft ${unique}`, progress: 35, status: 'IN_PROGRESS' }, { 'If-Match': created.etag });

    await page.goto(`/areas/schinkel/measures/${created.body.id}`);
    await settled(page);
    await page.getByRole('link', { name: 'Änderungsverlauf', exact: true }).click();
    await page.waitForURL(`**/areas/schinkel/measures/${created.body.id}/history`);
    await settled(page);

    const newest = page.getByTestId('history-entry').first();
    assert.match(await newest.getByRole('heading').textContent(), /^Geändert/);
    const { body: me } = await apiAs(page, 'GET', '/api/v1/auth/me');
    assert.ok((await newest.textContent()).includes(`von ${me.displayName}`), 'the author is named');
    const cells = async (label) => newest.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell').allTextContents();
    assert.deepEqual(await cells('Titel'), [`Verlauf prüfen ${unique}`, `Verlauf geprüft ${unique}`]);
    assert.deepEqual(await cells('Fortschritt (%)'), ['10', '35']);
    assert.deepEqual(await cells('Status'), ['Geplant', 'In Umsetzung']);
    assert.match(await page.getByTestId('history-entry').nth(1).getByRole('heading').textContent(), /^Angelegt/);

    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'measure-history');
    await page.goto(`/en/areas/schinkel/measures/${created.body.id}/history`);
    await settled(page);
    await page.getByRole('columnheader', { name: 'Before' }).first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'measure-history-en');

    await page.getByRole('link', { name: 'Back to the record' }).click();
    await page.waitForURL(`**/en/areas/schinkel/measures/${created.body.id}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('the history pages of the other record types open', async () => {
    const page = await newPage(browser);
    await logIn(page, ...EDITOR);
    const field = await firstActionField(page);
    const { body: actors } = await apiAs(page, 'GET', '/api/v1/actors?size=1');
    for (const path of ['/areas/schinkel/history', `/areas/schinkel/action-fields/${field.id}/history`, `/actors/${actors.items[0].id}/history`]) {
      await page.goto(path);
      await settled(page);
      assert.equal((await page.locator('h1').textContent()).trim(), 'Änderungsverlauf');
      assert.equal(await page.locator('.kern-alert--danger').count(), 0, path);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('when the session expires, the header says so, reading goes on, and logging in again returns to the page', async () => {
    const page = await newPage(browser);
    await logIn(page, ...EDITOR);
    await page.goto('/areas/schinkel');
    await settled(page);
    assert.equal(await page.getByTestId('session-expired').count(), 0);
    // What the browser has once the API cleared an expired session's cookies.
    await page.context().clearCookies();
    await page.getByRole('navigation', { name: 'Fördergebiet' }).getByRole('link', { name: 'Maßnahmen' }).click();
    await page.waitForURL('**/areas/schinkel/measures');
    await settled(page);
    const notice = page.getByTestId('session-expired');
    await notice.waitFor();
    assert.ok((await page.locator('main a[href^="/areas/schinkel/measures/"]').count()) > 0, 'the measures are still listed');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'session-expired');

    await notice.getByRole('link', { name: 'Erneut anmelden und zu dieser Seite zurückkehren' }).click();
    await page.waitForURL('**/login?next=*');
    await settled(page);
    await page.getByLabel('Benutzername').fill(EDITOR[0]);
    await page.getByLabel('Passwort').fill(EDITOR[1]);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL((url) => url.pathname === '/areas/schinkel/measures');
    await page.getByTestId('user-menu-who').waitFor();
    assert.equal(await page.getByTestId('session-expired').count(), 0);
    assert.deepEqual(page.errors.filter((e) => !/Failed to load resource/.test(e)), []);
    await page.context().close();
  });
});
