// End-to-end tests of the weekly e-mail reminder's settings: a person subscribes on their own settings page, and the
// admin's account list says that mail is not set up (the end-to-end backend runs without an SMTP server). The mails
// themselves are tested in the backend against a real SMTP server (ReminderMailApiTest).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, launch, logIn, newPage, openUserMenu, screenshot, settled } from './support.mjs';

const EDITOR = ['demo-redaktion', 'demo-redaktion-passwort'];
const ADMIN = ['demo-admin', 'demo-admin-passwort'];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('e-mail reminders', () => {
  test('an editor subscribes to the weekly reminder in the settings and unsubscribes again', async () => {
    const page = await newPage(browser);
    await logIn(page, ...EDITOR);
    await openUserMenu(page);
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.waitForURL('**/settings');
    await settled(page);
    assert.equal((await page.locator('h1').textContent()).trim(), 'Einstellungen');
    await page.getByTestId('mail-not-configured').waitFor();
    assert.deepEqual(await axeViolations(page), []);

    // subscribing without an address is refused by the form
    await page.getByLabel('Wöchentliche Erinnerung per E-Mail erhalten').check();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Für die Erinnerung braucht es eine E-Mail-Adresse.').first().waitFor();

    await page.getByLabel('E-Mail-Adresse').fill('redaktion@schinkel.example');
    await page.getByLabel('Wochentag der Erinnerung').selectOption('THURSDAY');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Ihre Einstellungen wurden gespeichert.').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'settings');

    await page.reload();
    await settled(page);
    assert.equal(await page.getByLabel('E-Mail-Adresse').inputValue(), 'redaktion@schinkel.example');
    assert.equal(await page.getByLabel('Wochentag der Erinnerung').inputValue(), 'THURSDAY');
    assert.ok(await page.getByLabel('Wöchentliche Erinnerung per E-Mail erhalten').isChecked());

    await page.goto('/en/settings');
    await settled(page);
    assert.equal((await page.locator('h1').textContent()).trim(), 'Settings');
    await page.getByLabel('Receive the weekly reminder by e-mail').uncheck();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Your settings were saved.').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('the admin sees in the account list that mail is not set up, and the addresses', async () => {
    const page = await newPage(browser);
    await logIn(page, ...ADMIN);
    await page.goto('/admin/accounts');
    await settled(page);
    const status = page.getByTestId('reminder-status');
    await status.waitFor();
    assert.match(await status.textContent(), /nicht eingerichtet.*SMTP_HOST/);
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });
});
