// Single sign-on through a real Keycloak (started by `make sso-test` with deploy/keycloak/ihk-realm.json): an editor
// of the Schinkel signs in on Keycloak's own login page, may edit the Schinkel and not the Nordviertel, and logging
// out ends the Keycloak session too. Skipped unless KEYCLOAK_URL is set.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, BASE_URL, launch, newPage, openUserMenu, screenshot, settled } from './support.mjs';

const KEYCLOAK_URL = process.env.KEYCLOAK_URL;

describe('single sign-on with the city account (Keycloak)', { skip: !KEYCLOAK_URL && 'KEYCLOAK_URL is not set' }, () => {
  let browser;
  let page;

  before(async () => {
    browser = await launch();
    page = await newPage(browser);
  });

  after(async () => {
    await browser?.close();
  });

  /** Fills Keycloak's own login form (not ours) and waits until the app is back. */
  async function signInAtKeycloak(username, password) {
    await page.waitForURL(`${KEYCLOAK_URL}/**`);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(password);
    await page.locator('#kc-login').click();
    await page.waitForURL(`${BASE_URL}/**`);
  }

  /** A write through the API with the session and CSRF cookies of the page, as the app makes it. */
  function createActionField(slug, code) {
    return page.evaluate(
      async ([area, fieldCode]) => {
        const csrf = document.cookie.split('; ').find((c) => c.startsWith('ihk_csrf='))?.slice('ihk_csrf='.length);
        const res = await fetch(`/api/v1/areas/${area}/action-fields`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrf ?? '' },
          body: JSON.stringify({ code: fieldCode, title: `Handlungsfeld ${fieldCode} aus dem Test der Anmeldung` }),
        });
        return res.status;
      },
      [slug, code],
    );
  }

  test('an editor signs in on Keycloak’s login page and lands back where she started', async () => {
    await page.goto('/login?next=%2Fareas%2Fschinkel');
    await settled(page);
    const sso = page.getByRole('link', { name: 'Mit städtischem Konto anmelden' });
    await sso.waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'sso-login');
    await sso.click();

    await signInAtKeycloak('anna.redaktion', 'anna-test-password');
    assert.equal(new URL(page.url()).pathname, '/areas/schinkel');
    await settled(page);
    await page.getByTestId('user-menu-who').filter({ hasText: 'Anna Redaktion' }).waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me', { headers: { Accept: 'application/json' } })).json());
    assert.equal(me.role, 'EDITOR');
    assert.deepEqual(me.areas.map((a) => a.slug), ['schinkel']);
  });

  test('she may edit the Schinkel and not the Nordviertel', async () => {
    await page.goto('/areas/schinkel');
    await settled(page);
    await page.getByRole('link', { name: 'Neues Handlungsfeld' }).waitFor();
    const code = `SSO${Date.now() % 100000}`;
    assert.equal(await createActionField('schinkel', code), 201);

    await page.goto('/areas/musterstadt-nordviertel');
    await settled(page);
    assert.equal(await page.getByRole('link', { name: 'Neues Handlungsfeld' }).count(), 0);
    assert.equal(await createActionField('musterstadt-nordviertel', code), 403);
  });

  test('logging out ends the Keycloak session too: the city account asks for the password again', async () => {
    await page.goto('/');
    await settled(page);
    // Keycloak ends its session (RP-initiated logout) and sends the browser straight back to the start page.
    const endSession = page.waitForRequest((r) => r.url().startsWith(`${KEYCLOAK_URL}/realms/ihk/protocol/openid-connect/logout?`));
    await openUserMenu(page);
    await page.getByRole('button', { name: 'Abmelden' }).click();
    const logout = new URL((await endSession).url());
    assert.ok(logout.searchParams.get('id_token_hint'), 'the ID token is named, so Keycloak asks nothing');
    assert.equal(logout.searchParams.get('post_logout_redirect_uri'), `${BASE_URL}/`);
    await page.waitForURL((url) => url.href === `${BASE_URL}/`);
    await settled(page);
    assert.equal(await page.getByTestId('user-menu-who').count(), 0);

    await page.goto('/login');
    await settled(page);
    await page.getByRole('link', { name: 'Mit städtischem Konto anmelden' }).click();
    await page.waitForURL(`${KEYCLOAK_URL}/**`);
    await page.locator('#password').waitFor();
    await screenshot(page, 'sso-keycloak-login-again');
  });

  test('a person without a mapped group is refused with a clear message and gets no session', async () => {
    // The browser is on Keycloak's login form from the test before.
    await page.locator('#username').fill('otto.ohnegruppe');
    await page.locator('#password').fill('otto-test-password');
    await page.locator('#kc-login').click();
    await page.waitForURL(`${BASE_URL}/login?sso=no_role`);
    await settled(page);
    await page.getByRole('alert').filter({ hasText: 'nicht freigeschaltet' }).waitFor();
    const status = await page.evaluate(async () => (await fetch('/api/v1/auth/me', { headers: { Accept: 'application/json' } })).status);
    assert.equal(status, 401);
    // The refused write of the test before (403) and the anonymous /auth/me (401) are the only failed loads.
    assert.deepEqual(page.errors.filter((e) => !/status of 40[13]/.test(e)), []);
  });
});
