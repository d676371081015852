// End-to-end tests of the editions: a reader finds the adopted IHK 2022 of Schinkel, downloads its PDF and sees what
// changed since; an editor is told that adopting cannot be undone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, launch, logIn, newPage, notNetwork, screenshot, settled } from './support.mjs';

const IHK_2022 = '00000000-0000-4000-8000-000000005001';
const FORTSCHREIBUNG = '00000000-0000-4000-8000-000000005002';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('editions', () => {
  test('a reader opens Schinkel, finds the IHK 2022, downloads its PDF and sees what changed', async () => {
    const page = await newPage(browser);
    await page.goto('/');
    await settled(page);
    await page.getByRole('link', { name: 'Sanierungsgebiet Schinkel' }).click();
    await page.waitForURL('**/areas/schinkel');
    await settled(page);
    await page.getByRole('link', { name: 'Alle Fassungen des Konzepts' }).click();

    await page.waitForURL('**/areas/schinkel/editions');
    await settled(page);
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('link', { name: 'IHK 2022', exact: true }).click();

    await page.waitForURL(`**/areas/schinkel/editions/${IHK_2022}`);
    await settled(page);
    assert.equal((await page.locator('h1').textContent()).trim(), 'IHK 2022');
    assert.match(await page.locator('.page-heading').textContent(), /Beschlossen am 29\. Juni 2022/);
    assert.match(await page.locator('main').textContent(), /Jugendhilfeausschuss/);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'edition-ihk-2022');

    const pdfLink = page.getByRole('link', { name: 'Dokument (PDF)' });
    const pdf = await page.request.get(await pdfLink.getAttribute('href'));
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    const bytes = await pdf.body();
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    const again = await page.request.get(await pdfLink.getAttribute('href'));
    assert.ok(bytes.equals(await again.body()), 'the adopted edition is the same PDF every time');
    const html = await page.request.get(await page.getByRole('link', { name: 'Dokument (HTML)' }).getAttribute('href'));
    assert.match(await html.text(), /<h2 id="massnahmen-titel">3\. Maßnahmen nach Handlungsfeldern<\/h2>/);

    await page.getByRole('link', { name: 'Was hat sich seit dieser Fassung geändert?' }).click();
    await page.waitForURL(`**/areas/schinkel/editions/compare?from=${IHK_2022}&to=current`);
    await settled(page);
    assert.equal((await page.locator('h1').textContent()).trim(), 'Was hat sich geändert?');
    const report = await page.locator('main').textContent();
    assert.match(report, /Vergleich von „IHK 2022“ mit dem aktuellen veröffentlichten Stand/);
    assert.match(report, /Handlungsfeld Bildung und Qualifizierung/);
    assert.match(report, /neu Maßnahme: BQ-02 /, 'a measure begun after 2022 is new'); // its title is edited by other tests
    assert.ok((await page.locator('.comparison-table').count()) > 0, 'changed measures list their fields before and after');
    assert.match(report, /VorherNachher/);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'edition-compare');
    assert.deepEqual(page.errors, []);

    // the HTML document itself, styled under the application's Content-Security-Policy (no inline style refused)
    await page.goto(`/api/v1/areas/schinkel/editions/${IHK_2022}/document`);
    await page.locator('h1').waitFor();
    assert.match(await page.locator('h1').textContent(), /Integriertes Handlungskonzept \(IHK\)/);
    assert.match(await page.evaluate(() => getComputedStyle(document.body).fontFamily), /DejaVu Sans/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('the English change report between two editions is axe clean', async () => {
    const page = await newPage(browser);
    await page.goto(`/en/areas/schinkel/editions/compare?from=${IHK_2022}&to=${FORTSCHREIBUNG}`);
    await settled(page);
    assert.equal((await page.locator('h1').textContent()).trim(), 'What has changed?');
    assert.match(await page.locator('main').textContent(), /Comparison of “IHK 2022” with “Fortschreibung 2027”/);
    assert.deepEqual(await axeViolations(page), []);
    await page.goto(`/en/areas/schinkel/editions/${FORTSCHREIBUNG}`);
    await settled(page);
    assert.match(await page.locator('.page-heading').textContent(), /In preparation/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('an editor is told that adopting an edition cannot be undone', async () => {
    const page = await newPage(browser);
    await logIn(page, 'demo-redaktion', 'demo-redaktion-passwort');
    await page.goto(`/areas/schinkel/editions/${FORTSCHREIBUNG}`);
    await settled(page);
    await page.getByLabel('Beschlossen am').fill('2027-06-30');
    await page.getByRole('button', { name: 'Fassung beschließen …' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Fassung wirklich beschließen?' });
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /„Fortschreibung 2027“ wird mit Datum 30\. Juni 2027 beschlossen\. Das kann nicht rückgängig gemacht werden/);
    assert.deepEqual(await axeViolations(page), []);
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    assert.equal(await page.getByRole('alertdialog').count(), 0);
    // The IHK 2022 is adopted: nothing to adopt or edit there.
    await page.goto(`/areas/schinkel/editions/${IHK_2022}`);
    await settled(page);
    assert.equal(await page.getByRole('button', { name: 'Fassung beschließen …' }).count(), 0);
    assert.deepEqual(notNetwork(page.errors), []);
    await page.context().close();
  });
});
