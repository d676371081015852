// End-to-end tests of creating measures with their steps, and of what contributors may not edit. They create their
// own measure with a unique code, so they do not depend on other edit-*.test.mjs files.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addStep, axeViolations, BASE_URL, launch, logIn, newPage, pick, screenshot, settled } from './support.mjs';

const NEED = '00000000-0000-4000-8000-000000007006'; // BQ-B2 "Junge Menschen ohne Perspektive …" (published)
const suffix = Date.now().toString(36).slice(-6).toUpperCase();
const CODE = `E2E-${suffix}`;
const TITLE = `Berufsorientierung im Quartier ${suffix}`;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function api(path) {
  const res = await fetch(`${BASE_URL}${path}`);
  assert.equal(res.status, 200, path);
  return res.json();
}

const stepTitles = (page) => page.locator('.step-editor__item strong').allTextContents();

describe('creating measures', () => {
  let measureId;

  test('an editor creates a measure answering a need, adds two steps, reorders them and publishes it', async () => {
    const page = await newPage(browser);
    await logIn(page, 'demo-redaktion', 'demo-redaktion-passwort');
    await page.goto(`/areas/schinkel/needs/${NEED}`);
    await settled(page);
    await page.getByRole('link', { name: 'Neue Maßnahme' }).click();
    await page.waitForURL(`**/areas/schinkel/measures/new?need=${NEED}`);
    await settled(page);
    assert.equal((await page.locator('h1').textContent()).trim(), 'Neue Maßnahme');
    assert.match(await page.locator('.picker__chips').first().textContent(), /BQ-B2/);
    assert.deepEqual(await axeViolations(page), []);

    await page.getByLabel('Kürzel').fill(CODE);
    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page.getByLabel('Kurzbeschreibung').fill('Betriebe stellen sich in der Schule vor.');
    await pick(page, 'Federführender Akteur', 'Bürgerverein');
    await pick(page, 'Partner', 'AWO');
    await pick(page, 'Zielgruppen', 'Jug');
    await screenshot(page, 'measure-new');
    await page.getByRole('button', { name: 'Maßnahme anlegen' }).click();
    await page.waitForURL(/\/areas\/schinkel\/measures\/[0-9a-f-]+\/edit$/);
    await settled(page);
    measureId = page.url().split('/').at(-2);

    await addStep(page, 'Betriebe ansprechen', '2026-03-01');
    await addStep(page, 'Infotag in der Schule');
    assert.deepEqual(await stepTitles(page), ['Betriebe ansprechen', 'Infotag in der Schule']);

    // Reorder with the keyboard: the focus stays on the moved step's button.
    await page.getByRole('button', { name: 'Nach unten „Betriebe ansprechen“' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.step-editor__item strong')?.textContent === 'Infotag in der Schule');
    assert.deepEqual(await stepTitles(page), ['Infotag in der Schule', 'Betriebe ansprechen']);
    await page.waitForFunction(() => document.activeElement?.textContent?.includes('Betriebe ansprechen'));

    // The measure form still saves after the steps changed its version.
    await page.getByLabel('Veröffentlichung').selectOption('PUBLISHED');
    // The step editor also says "Gespeichert.", so wait for the measure's own PUT.
    const published = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/measures/${measureId}`) && r.ok());
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await published;
    await page.getByText('Gespeichert.').waitFor();
    assert.equal(await page.getByRole('alertdialog').count(), 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();

    const saved = await api(`/api/v1/areas/schinkel/measures/${measureId}`);
    assert.equal(saved.publicationStatus, 'PUBLISHED');
    assert.deepEqual(saved.needs.map((n) => n.id), [NEED]);
    assert.equal(saved.leadActor.name, 'Bürgerverein Schinkel von 1912');
    assert.deepEqual(saved.partnerActors.map((a) => a.name), ['AWO']);
    assert.equal(saved.targetGroups.length, 1);
  });

  test('an anonymous reader then sees the measure with its steps, and on the need it answers', async () => {
    assert.ok(measureId, 'created by the previous test');
    const page = await newPage(browser);
    await page.goto(`/areas/schinkel/measures/${measureId}`);
    await settled(page);
    assert.equal((await page.locator('h1').textContent()).trim(), TITLE);
    await page.getByText('Infotag in der Schule').first().waitFor();
    assert.equal(await page.getByRole('link', { name: 'Bearbeiten' }).count(), 0);

    await page.goto(`/areas/schinkel/needs/${NEED}`);
    await settled(page);
    await page.getByRole('link', { name: new RegExp(TITLE) }).first().waitFor();
    assert.equal(await page.getByRole('link', { name: 'Neue Maßnahme' }).count(), 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('the create form and the step editor are axe clean in German and English', async () => {
    assert.ok(measureId, 'created by the first test');
    const page = await newPage(browser);
    await logIn(page, 'demo-redaktion', 'demo-redaktion-passwort');
    for (const [prefix, add, name] of [
      ['', 'Handlungsschritt hinzufügen', 'de'],
      ['/en', 'Add action step', 'en'],
    ]) {
      await page.goto(`${prefix}/areas/schinkel/measures/new`);
      await settled(page);
      assert.deepEqual(await axeViolations(page), [], `create form ${name}`);

      await page.goto(`${prefix}/areas/schinkel/measures/${measureId}/edit`);
      await settled(page);
      await page.locator('.step-editor__item').first().waitFor();
      await page.getByRole('button', { name: add }).click();
      await page.locator('.step-form').waitFor();
      assert.deepEqual(await axeViolations(page), [], `step editor ${name}`);
      await screenshot(page, `step-editor-${name}`);
    }
    await page.context().close();
  });

  test('deleting asks first, then the measure is gone', async () => {
    const page = await newPage(browser);
    await logIn(page, 'demo-redaktion', 'demo-redaktion-passwort');
    await page.goto('/areas/schinkel/measures/new');
    await settled(page);
    await page.getByLabel('Kürzel').fill(`${CODE}-X`);
    await page.getByLabel('Titel', { exact: true }).fill(`Wird gelöscht ${suffix}`);
    await page.getByLabel('Handlungsfeld', { exact: true }).selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Maßnahme anlegen' }).click();
    await page.waitForURL(/\/edit$/);
    await settled(page);
    const id = page.url().split('/').at(-2);

    await page.getByRole('button', { name: 'Maßnahme löschen' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Wirklich löschen?' });
    await dialog.getByRole('button', { name: 'Ja, endgültig löschen' }).click();
    await page.waitForURL('**/areas/schinkel/measures');
    await settled(page);
    const res = await fetch(`${BASE_URL}/api/v1/areas/schinkel/measures/${id}`);
    assert.equal(res.status, 404);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});

describe('contributors', () => {
  test('a contributor cannot edit a measure its organisation does not lead: no button, no form, API 403', async () => {
    const page = await newPage(browser);
    await logIn(page, 'demo-beitrag', 'demo-beitrag-passwort');
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).json());
    const own = new Set(me.actors.map((a) => a.id));
    const { items } = await api('/api/v1/areas/schinkel/measures?size=200&sort=code');
    const other = items.find((m) => !(m.leadActor && own.has(m.leadActor.id)) && !m.partnerActors.some((a) => own.has(a.id)));
    assert.ok(other, 'a measure led by someone else');

    await page.goto(`/areas/schinkel/measures/${other.id}`);
    await settled(page);
    assert.equal(await page.getByRole('link', { name: 'Bearbeiten' }).count(), 0);
    await page.goto(`/areas/schinkel/measures/${other.id}/edit`);
    await settled(page);
    await page.getByText('Sie dürfen diesen Eintrag nicht bearbeiten.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Speichern' }).count(), 0);

    const status = await page.evaluate(async (m) => {
      const csrf = document.cookie.match(/(?:^|; )ihk_csrf=([^;]+)/)?.[1] ?? '';
      const res = await fetch(`/api/v1/areas/schinkel/measures/${m.id}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'If-Match': `"${m.version}"`, 'X-CSRF-Token': decodeURIComponent(csrf) },
        body: JSON.stringify({ code: m.code, title: `${m.title} (fremd)`, actionFieldId: m.actionField.id, status: m.status, priority: m.priority }),
      });
      return res.status;
    }, other);
    assert.equal(status, 403);
    await page.context().close();
  });
});
