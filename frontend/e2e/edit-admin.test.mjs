// End-to-end tests of the administration (/admin): accounts, API tokens, areas, committees, target groups, actors.
// Each test creates its own records with unique names, so the order of the edit-*.test.mjs files does not matter.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, BASE_URL, launch, logIn, newPage, notNetwork, openUserMenu, pick, screenshot, settled } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const unique = (prefix) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

async function adminPage() {
  const page = await newPage(browser);
  await logIn(page, 'demo-admin', 'demo-admin-passwort');
  return page;
}

/** Opens a page and fails on axe violations. */
async function visitClean(page, path, shot) {
  await page.goto(path);
  await settled(page);
  assert.equal(await page.locator('h1').count(), 1, `one h1 on ${path}`);
  assert.deepEqual(await axeViolations(page), [], `axe on ${path}`);
  if (shot) await screenshot(page, shot);
}

const api = (path, secret, init = {}) =>
  fetch(`${BASE_URL}${path}`, { ...init, headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${secret}`, ...init.headers } });

describe('administration', () => {
  test('an admin creates a contributor account, and the new account can log in', async () => {
    const page = await adminPage();
    await openUserMenu(page);
    await page.getByRole('link', { name: 'Verwaltung' }).click();
    await page.waitForURL('**/admin');
    await settled(page);
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('link', { name: 'Konten' }).first().click();
    await page.waitForURL('**/admin/accounts');
    await settled(page);
    await page.getByRole('link', { name: 'Neues Konto' }).click();
    await page.waitForURL('**/admin/accounts/new');
    await settled(page);

    // Saving the empty form shows the rules, linked from the summary.
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    const summary = page.locator('.error-summary, [role="alert"]').first();
    await summary.waitFor();
    assert.match(await summary.textContent(), /Benutzername/);

    const username = unique('beitrag');
    const password = 'ein-langes-passwort-1';
    await page.getByLabel('Benutzername').fill(username);
    await page.getByLabel('Anzeigename').fill('Mitwirkende aus dem Test');
    await page.getByLabel('Rolle').selectOption('CONTRIBUTOR');
    await pick(page, 'Akteure', 'Quartiersmanagement');
    await page.getByLabel('Passwort').fill(password);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'admin-account-new');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.waitForURL('**/admin/accounts');
    await page.getByText(`„${username}“ wurde angelegt.`).waitFor();
    await page.getByRole('link', { name: username }).waitFor();

    const other = await newPage(browser);
    await logIn(other, username, password);
    assert.match(await other.getByTestId('user-menu-who').textContent(), /Mitwirkende aus dem Test/);
    await openUserMenu(other);
    assert.equal(await other.getByRole('link', { name: 'Verwaltung' }).count(), 0);
    assert.deepEqual(notNetwork(other.errors), []);

    // The admin logs the person out everywhere: the open session ends, the account stays as it was.
    await page.getByRole('link', { name: username }).click();
    await settled(page);
    assert.equal((await other.request.get(`${BASE_URL}/api/v1/auth/me`)).status(), 200);
    await page.getByRole('button', { name: 'Überall abmelden' }).click();
    await page.getByRole('button', { name: 'Sitzungen beenden' }).click();
    await page.getByText(`Alle Sitzungen von „${username}“ wurden beendet.`).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.equal((await other.request.get(`${BASE_URL}/api/v1/auth/me`)).status(), 401);
    await other.context().close();

    // The admin disables the account; it can no longer log in.
    await page.getByLabel('Konto aktiv (kann sich anmelden)').uncheck();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Gespeichert.').waitFor();
    const login = await fetch(`${BASE_URL}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    assert.equal(login.status, 401);
    assert.deepEqual(notNetwork(page.errors), []);
    await page.context().close();
  });

  test('an API token is shown once, works as Bearer within its scope, and answers 401 once revoked', async () => {
    const page = await adminPage();
    await page.goto('/admin/tokens/new');
    await settled(page);
    const name = unique('Import');
    await page.getByLabel('Bezeichnung').fill(name);
    await page.getByLabel('Rolle').selectOption('EDITOR');
    await pick(page, 'Fördergebiete', 'Schinkel');
    await page.getByRole('button', { name: 'Token erzeugen' }).click();
    const shown = page.getByRole('region', { name: 'Das Token wurde erzeugt' });
    await shown.waitFor();
    assert.match(await shown.textContent(), /nur dieses eine Mal angezeigt/);
    const secret = await page.getByTestId('token-secret').inputValue();
    assert.match(secret, /^ihk_[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'admin-token-secret');

    // A read that needs credentials, and a write its editor scope allows (an actor of Osnabrück, then gone again).
    const me = await api('/api/v1/auth/me', secret);
    assert.equal(me.status, 200);
    assert.deepEqual(await me.json().then((m) => [m.viaToken, m.role, m.areas.map((a) => a.slug)]), [true, 'EDITOR', ['schinkel']]);
    const created = await api('/api/v1/actors', secret, {
      method: 'POST',
      body: JSON.stringify({ name: `${name} Akteur`, kind: 'OTHER', municipality: 'Osnabrück' }),
    });
    assert.equal(created.status, 201);
    const actor = await created.json();
    const removed = await api(`/api/v1/actors/${actor.id}`, secret, { method: 'DELETE', headers: { 'If-Match': created.headers.get('ETag') } });
    assert.equal(removed.status, 204);
    assert.equal((await api('/api/v1/accounts', secret)).status, 403);

    // The list shows the token but never its secret again; revoking asks first.
    await page.getByRole('link', { name: 'Fertig, zur Liste der Tokens' }).click();
    await page.waitForURL('**/admin/tokens');
    await settled(page);
    assert.equal(await page.getByText(secret).count(), 0);
    await page.getByRole('button', { name: `„${name}“ widerrufen` }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Token widerrufen?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ja, widerrufen' }).click();
    await page.getByText(`„${name}“ wurde widerrufen.`).waitFor();
    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.getByText('widerrufen', { exact: true }).waitFor();

    assert.equal((await api('/api/v1/auth/me', secret)).status, 401);
    assert.deepEqual(notNetwork(page.errors), []);
    await page.context().close();
  });

  test('areas: an empty one is created and deleted; deleting one with content is refused with the reason', async () => {
    const page = await adminPage();
    await page.goto('/admin/areas/new');
    await settled(page);
    const name = unique('Testgebiet');
    await page.getByLabel('Name', { exact: true }).fill(name);
    assert.equal(await page.getByLabel('URL-Kürzel').inputValue(), name.toLowerCase());
    await page.getByLabel('Kommune').fill('Osnabrück');
    await page.getByRole('button', { name: 'Fördergebiet anlegen' }).click();
    await page.waitForURL('**/admin/areas');
    await page.getByText(`„${name}“ wurde angelegt.`).waitFor();

    await page.getByRole('button', { name: '„Sanierungsgebiet Schinkel“ löschen' }).click();
    await page.getByRole('button', { name: 'Ja, endgültig löschen' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Löschen nicht möglich' });
    await refusal.waitFor();
    assert.ok((await refusal.textContent()).length > 'Löschen nicht möglich'.length);

    await page.getByRole('button', { name: `„${name}“ löschen` }).click();
    await page.getByRole('button', { name: 'Ja, endgültig löschen' }).click();
    await page.getByText(`„${name}“ wurde gelöscht.`).waitFor();
    await page.getByRole('link', { name, exact: true }).waitFor({ state: 'detached' });
    assert.deepEqual(notNetwork(page.errors), []);
    await page.context().close();
  });

  test('target groups, committees and actors are created, changed and deleted', async () => {
    const page = await adminPage();
    const code = unique('TEST').toUpperCase().replace(/-/g, '_');
    await page.goto('/admin/target-groups/new');
    await settled(page);
    await page.getByLabel('Code').fill(code);
    await page.getByLabel('Bezeichnung (Deutsch)').fill('Testgruppe');
    await page.getByLabel('Bezeichnung (Englisch)').fill('Test group');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL('**/admin/target-groups');
    await page.getByRole('link', { name: code }).click();
    await settled(page);
    // A changed code is the target group's new URL key; the page follows it.
    await page.getByLabel('Code').fill(`${code}_NEU`);
    await page.getByLabel('Bezeichnung (Deutsch)').fill('Geänderte Testgruppe');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(`**/admin/target-groups/${code}_NEU`);
    await page.getByText('Gespeichert.').waitFor();
    await page.getByRole('button', { name: 'Zielgruppe löschen' }).click();
    await page.getByRole('button', { name: 'Ja, endgültig löschen' }).click();
    await page.getByText(`„${code}_NEU“ wurde gelöscht.`).waitFor();

    const committee = unique('Testausschuss');
    await page.goto('/admin/committees/new');
    await settled(page);
    await page.getByLabel('Name', { exact: true }).fill(committee);
    await page.getByLabel('Kommune').fill('Osnabrück');
    await page.getByLabel('OParl-Adresse der Organisation').fill('keine-adresse');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Bitte eine vollständige Adresse mit http:// oder https:// angeben.').first().waitFor();
    // The server checks the address: it must answer with an OParl organization (see edit-oparl.test.mjs).
    await page.getByLabel('OParl-Adresse der Organisation').fill('https://ris.example/oparl/organization/test');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('The host ris.example cannot be found.').first().waitFor();
    await page.getByLabel('OParl-Adresse der Organisation').fill('');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText(`„${committee}“ wurde angelegt.`).waitFor();
    await page.getByRole('link', { name: committee }).click();
    await settled(page);
    await page.getByRole('button', { name: 'Ausschuss löschen' }).click();
    await page.getByRole('button', { name: 'Ja, endgültig löschen' }).click();
    await page.getByText(`„${committee}“ wurde gelöscht.`).waitFor();

    const actor = unique('Testverein');
    await page.goto('/admin/actors/new');
    await settled(page);
    await page.getByLabel('Name', { exact: true }).fill(actor);
    await page.getByLabel('Kommune').fill('Osnabrück');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText(`„${actor}“ wurde angelegt.`).waitFor();
    await page.getByRole('searchbox', { name: 'Akteure durchsuchen' }).fill(actor.split('-')[0]);
    await page.getByRole('search', { name: 'Akteure durchsuchen' }).getByRole('button', { name: 'Suchen' }).click();
    // (the search result replaces the list: a click on the list's link as it is replaced would go nowhere)
    await page.waitForURL(/[?&]q=Testverein/);
    await settled(page);
    await page.getByRole('link', { name: actor }).click();
    await settled(page);
    await page.getByRole('button', { name: 'Akteur löschen' }).click();
    await page.getByRole('button', { name: 'Ja, endgültig löschen' }).click();
    await page.getByText(`„${actor}“ wurde gelöscht.`).waitFor();
    assert.deepEqual(notNetwork(page.errors), []);
    await page.context().close();
  });

  test('a non-admin gets no admin link, and /admin says it is not allowed', async () => {
    for (const [user, password] of [
      ['demo-beitrag', 'demo-beitrag-passwort'],
      ['demo-redaktion', 'demo-redaktion-passwort'],
    ]) {
      const page = await newPage(browser);
      await logIn(page, user, password);
      await openUserMenu(page);
      assert.equal(await page.getByRole('link', { name: 'Verwaltung' }).count(), 0);
      await visitClean(page, '/admin');
      await page.getByTestId('admin-not-allowed').waitFor();
      await page.goto('/en/admin/accounts');
      await settled(page);
      await page.getByTestId('admin-not-allowed').waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await page.context().close();
    }
    const anonymous = await newPage(browser);
    await visitClean(anonymous, '/admin/tokens', 'admin-not-allowed');
    await anonymous.getByTestId('admin-not-allowed').waitFor();
    await anonymous.context().close();
  });

  test('editors manage actors too', async () => {
    const page = await newPage(browser);
    await logIn(page, 'demo-redaktion', 'demo-redaktion-passwort');
    await openUserMenu(page);
    await page.getByRole('link', { name: 'Akteure verwalten' }).click();
    await page.waitForURL('**/admin/actors');
    await settled(page);
    assert.equal(await page.getByTestId('admin-not-allowed').count(), 0);
    await page.getByRole('link', { name: 'Neuer Akteur' }).waitFor();
    await page.context().close();
  });

  test('every admin screen is axe clean in German and English', async () => {
    const page = await adminPage();
    const first = async (path) => {
      const res = await page.request.get(`${BASE_URL}${path}`);
      return (await res.json()).items[0];
    };
    const account = await first('/api/v1/accounts?size=1');
    const committee = await first('/api/v1/committees?size=1');
    const group = await first('/api/v1/target-groups?size=1');
    const actor = await first('/api/v1/actors?size=1');
    const screens = [
      '/admin',
      '/admin/accounts',
      '/admin/accounts/new',
      `/admin/accounts/${account.id}`,
      '/admin/tokens',
      '/admin/tokens/new',
      '/admin/areas',
      '/admin/areas/new',
      '/admin/committees',
      '/admin/committees/new',
      `/admin/committees/${committee.id}`,
      '/admin/target-groups',
      '/admin/target-groups/new',
      `/admin/target-groups/${group.code}`,
      '/admin/actors',
      '/admin/actors/new',
      `/admin/actors/${actor.id}`,
    ];
    for (const lang of ['', '/en']) {
      await visitClean(page, `${lang}/setup#token=e2e-example`, lang ? undefined : 'setup');
      for (const path of screens) {
        const shot = /\/(new|[0-9a-f-]{36}|[A-Z_]+)$/.test(path) ? undefined : `admin${path.replace(/\//g, '-').replace(/^-admin/, '')}${lang ? '-en' : ''}`;
        await visitClean(page, `${lang}${path}`, shot);
      }
    }
    // Saving an empty form: the error summary and the field errors are accessible too.
    await page.goto('/en/admin/accounts/new');
    await settled(page);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Please check your input').first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(notNetwork(page.errors), []);
    await page.context().close();
  });
});
