// End-to-end tests of the editing screens: measure edit form, conflicts, "my measures". They change demo data, so
// they run after app.test.mjs (see the test:e2e script); each edit-*.test.mjs leaves records the others use alone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, launch, logIn, newPage, notNetwork, openUserMenu, screenshot, settled } from './support.mjs';

const BQ01 = '00000000-0000-4000-8000-000000008001'; // measure "Jugend stärken im Quartier (JUSTiQ)"

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A measure of Schinkel that the other tests do not look at (not BQ-01, no playground). */
async function measureToEdit() {
  const res = await fetch(`${process.env.BASE_URL ?? 'http://127.0.0.1:8099'}/api/v1/areas/schinkel/measures?size=200&sort=code`);
  const { items } = await res.json();
  const m = items.find((x) => x.id !== BQ01 && !/spielpl/i.test(x.title) && x.code !== 'BQ-01');
  assert.ok(m, 'a measure to edit');
  return m;
}

describe('editing', () => {
  test('the login page is axe clean in both languages', async () => {
    for (const path of ['/login', '/en/login']) {
      const page = await newPage(browser);
      await page.goto(path);
      await settled(page);
      assert.equal(await page.locator('h1').count(), 1);
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, `login${path.startsWith('/en') ? '-en' : ''}`);
      await page.context().close();
    }
  });

  test('an editor logs in, sees name and role, edits a measure title and sees it saved', async () => {
    const m = await measureToEdit();
    const page = await newPage(browser);
    await logIn(page, 'demo-redaktion', 'demo-redaktion-passwort');
    assert.match(await page.getByTestId('user-menu-who').textContent(), /\(Redaktion\)/);

    await page.goto(`/areas/schinkel/measures/${m.id}`);
    await settled(page);
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await page.waitForURL(`**/areas/schinkel/measures/${m.id}/edit`);
    await settled(page);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'measure-edit');

    const title = `${m.title} (fortgeschrieben)`;
    await page.getByLabel('Titel').fill(title);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Gespeichert.').waitFor();

    await page.goto(`/areas/schinkel/measures/${m.id}`);
    await settled(page);
    assert.equal((await page.locator('h1').textContent()).trim(), title);
    assert.deepEqual(page.errors, []);

    await openUserMenu(page);
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('link', { name: 'Anmelden' }).waitFor();
    await page.goto(`/areas/schinkel/measures/${m.id}`);
    await settled(page);
    assert.equal(await page.getByRole('link', { name: 'Bearbeiten' }).count(), 0);
    await page.context().close();
  });

  test('two editors save the same measure: the second sees the conflict with its input kept, and may overwrite', async () => {
    const m = await measureToEdit();
    const first = await newPage(browser);
    const second = await newPage(browser);
    await logIn(first, 'demo-redaktion', 'demo-redaktion-passwort');
    await logIn(second, 'demo-redaktion', 'demo-redaktion-passwort');
    for (const page of [first, second]) {
      await page.goto(`/areas/schinkel/measures/${m.id}/edit`);
      await settled(page);
    }
    await first.getByLabel('Kurzbeschreibung').fill('Von der ersten Redakteurin');
    await first.getByRole('button', { name: 'Speichern' }).click();
    await first.getByText('Gespeichert.').waitFor();

    await second.getByLabel('Titel').fill('Titel der zweiten Redakteurin');
    await second.getByRole('button', { name: 'Speichern' }).click();
    const dialog = second.getByRole('alertdialog', { name: 'Jemand anderes hat inzwischen gespeichert' });
    await dialog.waitFor();
    const rows = await dialog.locator('tbody tr th').allTextContents();
    assert.deepEqual(rows, ['Titel', 'Kurzbeschreibung']);
    assert.equal(await second.getByLabel('Titel').inputValue(), 'Titel der zweiten Redakteurin');
    await screenshot(second, 'measure-conflict');

    await dialog.getByRole('button', { name: 'Mit meinen Eingaben überschreiben' }).click();
    await second.getByText('Gespeichert.').waitFor();
    assert.deepEqual(notNetwork(second.errors), []);
    await first.context().close();
    await second.context().close();
  });

  test('a contributor updates the progress of its measure under "Meine Maßnahmen"', async () => {
    const page = await newPage(browser);
    await logIn(page, 'demo-beitrag', 'demo-beitrag-passwort');
    await page.waitForURL('**/my-measures');
    await settled(page);
    assert.equal((await page.locator('h1').textContent()).trim(), 'Meine Maßnahmen');
    const card = page.locator('.my-measure').first();
    await card.waitFor();
    const progress = card.getByLabel('Fortschritt in Prozent');
    const next = String(((Number(await progress.inputValue()) + 7) % 100) || 7);
    await progress.fill(next);
    await card.getByRole('button', { name: 'Status und Fortschritt speichern' }).click();
    await card.getByText('Gespeichert.').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'my-measures');

    await page.reload();
    await settled(page);
    await page.locator('.my-measure').first().waitFor();
    assert.equal(await page.locator('.my-measure').first().getByLabel('Fortschritt in Prozent').inputValue(), next);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
