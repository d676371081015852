// End-to-end test of the spreadsheet import: an editor takes the Schinkel measures as a workbook, changes three
// progress values and adds a measure, sees the one wrong cell marked in the preview, fixes it, applies the import and
// finds the changes with their history. It changes demo data, so it runs after the other tests (see test:e2e).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, launch, logIn, newPage, screenshot, settled } from './support.mjs';
import { xlsx } from './xlsx.mjs';

const HEADER = ['ID', 'Kürzel', 'Titel', 'Handlungsfeld', 'Status', 'Priorität', 'Fortschritt', 'Veröffentlichung', 'Version'];
const STATUS = { IDEA: 'Idee', PLANNED: 'Geplant', IN_PROGRESS: 'In Umsetzung', COMPLETED: 'Abgeschlossen', ONGOING: 'Verstetigt', DISCONTINUED: 'Eingestellt' };
const PRIORITY = { HIGH: 'hoch', MEDIUM: 'mittel', LOW: 'niedrig' };
const PUBLICATION = { DRAFT: 'Entwurf', PUBLISHED: 'Veröffentlicht' };

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The measures as an export lays them out: one row each, progress as a fraction in a percent cell. */
function workbook(measures, change) {
  const rows = [HEADER];
  for (const m of measures) {
    rows.push([m.id, m.code, m.title, m.actionField.code, STATUS[m.status], PRIORITY[m.priority], m.progress / 100, PUBLICATION[m.publicationStatus], m.version]);
  }
  change(rows);
  return xlsx(rows, { percentColumns: ['Fortschritt'] });
}

async function preview(page, file) {
  await page.locator('#import-file').setInputFiles({ name: 'massnahmen.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
  await page.getByRole('button', { name: 'Vorschau anzeigen' }).click();
  await page.getByRole('heading', { name: 'Vorschau' }).waitFor();
  await settled(page);
}

describe('spreadsheet import', () => {
  test('an editor imports an edited workbook of the Schinkel measures: preview, one error fixed, applied, in the history', async () => {
    const page = await newPage(browser);
    await logIn(page, 'demo-redaktion', 'demo-redaktion-passwort');
    const res = await page.request.get('/api/v1/areas/schinkel/measures?size=200&sort=code');
    const { items } = await res.json();
    assert.ok(items.length >= 4, 'Schinkel has measures');
    const changed = items.filter((m) => m.code !== 'BQ-01').slice(-3);
    const progress = (m) => (m.progress + 10) % 100;
    const edit = (newProgress) => (rows) => {
      for (const row of rows.slice(1)) {
        const m = changed.find((c) => c.id === row[0]);
        if (m) row[6] = progress(m) / 100;
      }
      rows.push(['', 'IMP-E2E', 'Nachbarschaftsfest im Park', items[0].actionField.code, 'Geplant', 'mittel', newProgress, 'Entwurf', '']);
    };

    await page.goto('/areas/schinkel');
    await settled(page);
    await page.getByRole('link', { name: 'Tabelle importieren' }).click();
    await page.waitForURL('**/areas/schinkel/import');
    await settled(page);
    assert.equal(await page.locator('h1').count(), 1);
    assert.deepEqual(await axeViolations(page), []);

    // 140 %: the new measure's progress is wrong, and the preview says so in its cell
    await preview(page, workbook(items, edit(1.4)));
    assert.match(await page.getByTestId('import-counts').textContent(), /1 neu, 3 geändert, \d+ unverändert/);
    const newRow = items.length + 2;
    const cell = page.locator(`#import-cell-${newRow}-progress`);
    assert.match(await cell.getAttribute('class'), /import-cell--error/);
    assert.match(await cell.textContent(), /Fehler:.*0 to 100/);
    assert.equal(await page.getByRole('button', { name: 'Übernehmen' }).count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'import-preview-error');

    // fixed: 60 %
    await preview(page, workbook(items, edit(0.6)));
    assert.match(await page.getByTestId('import-counts').textContent(), /1 neu, 3 geändert/);
    assert.equal(await page.locator('.import-cell--error').count(), 0);
    await page.getByRole('button', { name: 'Übernehmen' }).click();
    await page.getByRole('heading', { name: 'Import übernommen' }).waitFor();
    const links = page.getByTestId('import-applied').getByRole('link');
    assert.equal(await links.count(), 4);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'import-applied');

    for (const m of changed) {
      const now = await (await page.request.get(`/api/v1/areas/schinkel/measures/${m.id}`)).json();
      assert.equal(now.progress, progress(m), `progress of ${m.code}`);
    }
    await page.getByTestId('import-applied').getByRole('link', { name: 'IMP-E2E' }).click();
    await settled(page);
    assert.match(await page.locator('h1').textContent(), /Nachbarschaftsfest im Park/);

    const me = await (await page.request.get('/api/v1/auth/me')).json();
    const revisions = await (await page.request.get(`/api/v1/areas/schinkel/measures/${changed[0].id}/history`)).json();
    assert.equal(revisions.items[0].author.name, me.displayName);
    assert.ok(revisions.items[0].changes.some((c) => c.field === 'progress'));
    await page.goto(`/areas/schinkel/measures/${changed[0].id}/history`);
    await settled(page);
    assert.match(await page.locator('main').textContent(), new RegExp(me.displayName));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('the import page is axe clean in English', async () => {
    const page = await newPage(browser);
    await logIn(page, 'demo-redaktion', 'demo-redaktion-passwort');
    await page.goto('/en/areas/schinkel/import');
    await settled(page);
    assert.equal((await page.locator('h1').textContent()).trim(), 'Import a spreadsheet');
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });
});
