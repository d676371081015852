// End-to-end tests of editing the concept: action fields, needs, committee dates, editions and the area profile.
// Every record is created here with a unique code, so the test neither depends on nor disturbs other edit-*.test.mjs.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addStep, axeViolations, BASE_URL, launch, logIn, newPage, notNetwork, screenshot, settled } from './support.mjs';

const SLUG = 'schinkel';
const unique = Date.now().toString(36).slice(-6).toUpperCase();
const FIELD_CODE = `E2E${unique}`;
const FIELD_TITLE = `Testfeld ${unique}`;
const NEED_CODE = `E2E${unique}-B1`;
const NEED_TITLE = `Testbedarf ${unique}`;
const MEASURE_CODE = `E2E${unique}-M1`;
const MEASURE_TITLE = `Testmaßnahme ${unique}`;

let browser;
let editor;
before(async () => {
  browser = await launch();
  editor = await newPage(browser);
  await logIn(editor, 'demo-redaktion', 'demo-redaktion-passwort');
});
after(async () => {
  await editor?.context().close();
  await browser?.close();
});

async function open(page, path) {
  await page.goto(path);
  await settled(page);
}

/** axe on an editing screen in German and in English, with one h1 each. */
async function axeBothLanguages(page, path, name) {
  for (const p of [path, `/en${path}`]) {
    await open(page, p);
    assert.equal(await page.locator('h1').count(), 1, `one h1 on ${p}`);
    assert.deepEqual(await axeViolations(page), [], `axe on ${p}`);
  }
  await screenshot(page, name);
}

async function apiGet(path) {
  const res = await fetch(`${BASE_URL}/api/v1${path}`);
  return { status: res.status, body: res.status === 200 ? await res.json() : null };
}

describe('indicators', () => {
  const PARTICIPANTS = '00000000-0000-4000-8000-000000011003'; // counts per year, 2019–2025

  test('an editor enters a new yearly value of an indicator', async () => {
    await axeBothLanguages(editor, `/areas/${SLUG}/indicators/${PARTICIPANTS}/edit`, 'indicator-edit');
    await open(editor, `/areas/${SLUG}/indicators/${PARTICIPANTS}/edit`);
    await editor.getByRole('button', { name: 'Wert hinzufügen', exact: true }).click();
    await editor.getByLabel('Jahr oder Datum, Zeile 8', { exact: true }).fill('2026');
    await editor.getByLabel('Wert, Zeile 8', { exact: true }).fill('112,5');
    await editor.getByRole('button', { name: 'Speichern' }).click();
    // a count takes whole numbers: the form says so before anything is sent
    await editor.getByRole('alert').filter({ hasText: 'Zeile 8: Bei einer Anzahl sind nur ganze Zahlen möglich.' }).first().waitFor();
    await editor.getByLabel('Wert, Zeile 8', { exact: true }).fill('112');
    await editor.getByRole('button', { name: 'Speichern' }).click();
    await editor.getByRole('status').filter({ hasText: 'Gespeichert' }).waitFor();

    const { body } = await apiGet(`/areas/${SLUG}/indicators/${PARTICIPANTS}`);
    assert.deepEqual(body.values.at(-1), { year: 2026, date: null, value: 112, cityValue: null, note: null, source: null });
    await open(editor, `/areas/${SLUG}/indicators/${PARTICIPANTS}`);
    assert.match(await editor.locator('.indicator-status').first().textContent(), /Zuletzt \(2026\)112/);
  });
});

describe('editing the concept', () => {
  let fieldId;
  let needId;

  test('an editor creates an action field from the area page and publishes it', async () => {
    await open(editor, `/areas/${SLUG}`);
    await editor.getByRole('link', { name: 'Neues Handlungsfeld' }).click();
    await editor.waitForURL(`**/areas/${SLUG}/action-fields/new`);
    await settled(editor);
    assert.deepEqual(await axeViolations(editor), []);

    await editor.getByRole('button', { name: 'Speichern' }).click();
    const summary = editor.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Eingaben' });
    await summary.waitFor();
    await summary.getByRole('link', { name: /Kürzel/ }).click();
    assert.equal(await editor.evaluate(() => document.activeElement?.getAttribute('name')), 'code');

    await editor.getByLabel('Kürzel').fill(FIELD_CODE);
    await editor.getByLabel('Titel').fill(FIELD_TITLE);
    await editor.getByLabel('Ziel').fill('Ein Ziel, das nur der Test verfolgt.');
    await editor.getByRole('button', { name: 'Speichern' }).click();
    await editor.waitForURL(/\/areas\/schinkel\/action-fields\/[0-9a-f-]{36}$/);
    await settled(editor);
    fieldId = editor.url().split('/').pop();
    assert.equal(await editor.locator('h1').textContent(), FIELD_TITLE);
    assert.equal((await apiGet(`/areas/${SLUG}/action-fields/${fieldId}`)).status, 404, 'a new field is a draft');

    await editor.getByRole('button', { name: `Veröffentlichen: ${FIELD_TITLE}` }).click();
    await editor.getByText(`„${FIELD_TITLE}“ ist veröffentlicht.`).waitFor();
    assert.equal((await apiGet(`/areas/${SLUG}/action-fields/${fieldId}`)).status, 200);
    assert.deepEqual(notNetwork(editor.errors), []);
  });

  test('an editor creates a need in the field, links a measure, publishes it, and an anonymous reader sees both', async () => {
    const { body: measures } = await apiGet(`/areas/${SLUG}/measures?size=1&sort=code`);
    const measure = measures.items[0];

    await open(editor, `/areas/${SLUG}/action-fields/${fieldId}`);
    await editor.getByRole('link', { name: 'Neuer Bedarf' }).click();
    await editor.waitForURL(`**/areas/${SLUG}/needs/new?actionField=${fieldId}`);
    await settled(editor);
    assert.deepEqual(await axeViolations(editor), []);
    assert.equal(await editor.getByLabel('Handlungsfeld').inputValue(), fieldId);

    await editor.getByLabel('Kürzel').fill(NEED_CODE);
    await editor.getByLabel('Titel').fill(NEED_TITLE);
    await editor.getByLabel('Herleitung').fill('Bewohnerbefragung im Test');
    await editor.getByLabel('Priorität').selectOption('HIGH');
    await editor.getByRole('group', { name: 'Zielgruppen' }).getByRole('checkbox').first().check();
    const picker = editor.getByRole('combobox', { name: 'Maßnahmen, die diesen Bedarf beantworten' });
    await picker.fill(measure.code);
    await editor.getByRole('option', { name: new RegExp(measure.code) }).first().waitFor();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await editor.getByRole('button', { name: new RegExp(`${measure.code}.*entfernen`) }).waitFor();

    await editor.getByRole('button', { name: 'Speichern' }).click();
    await editor.waitForURL(/\/areas\/schinkel\/needs\/[0-9a-f-]{36}$/);
    await settled(editor);
    needId = editor.url().split('/').pop();
    await editor.getByRole('link', { name: new RegExp(measure.title.slice(0, 20)) }).first().waitFor();

    await editor.getByRole('button', { name: `Veröffentlichen: ${NEED_TITLE}` }).click();
    await editor.getByText(`„${NEED_TITLE}“ ist veröffentlicht.`).waitFor();

    const reader = await newPage(browser);
    await open(reader, `/areas/${SLUG}/action-fields/${fieldId}`);
    assert.equal(await reader.locator('h1').textContent(), FIELD_TITLE);
    await reader.getByRole('heading', { name: NEED_TITLE }).waitFor();
    assert.equal(await reader.getByRole('link', { name: 'Bearbeiten' }).count(), 0, 'no editing for readers');
    assert.equal(await reader.getByRole('button', { name: /Veröffentlichen/ }).count(), 0);
    await open(reader, `/areas/${SLUG}/needs/${needId}`);
    await reader.getByRole('link', { name: new RegExp(measure.title.slice(0, 20)) }).first().waitFor();
    assert.deepEqual(notNetwork(reader.errors), []);
    await reader.context().close();
  });

  test('the editor answers the new need with a new measure of two steps, publishes it, and an anonymous reader sees it', async () => {
    assert.ok(needId, 'created by the previous test');
    await open(editor, `/areas/${SLUG}/needs/${needId}`);
    await editor.getByRole('link', { name: 'Neue Maßnahme' }).click();
    await editor.waitForURL(`**/areas/${SLUG}/measures/new?need=${needId}`);
    await settled(editor);
    await editor.getByLabel('Kürzel').fill(MEASURE_CODE);
    await editor.getByLabel('Titel', { exact: true }).fill(MEASURE_TITLE);
    await editor.getByRole('button', { name: 'Maßnahme anlegen' }).click();
    await editor.waitForURL(/\/areas\/schinkel\/measures\/[0-9a-f-]+\/edit$/);
    await settled(editor);
    const measureId = editor.url().split('/').at(-2);
    await addStep(editor, 'Auftakttreffen im Quartier', '2027-02-01');
    await addStep(editor, 'Angebot starten');
    await editor.getByLabel('Veröffentlichung').selectOption('PUBLISHED');
    // The step editor also says "Gespeichert.", so wait for the measure's own PUT.
    const published = editor.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/measures/${measureId}`) && r.ok());
    await editor.getByRole('button', { name: 'Speichern', exact: true }).click();
    await published;

    const { body: saved } = await apiGet(`/areas/${SLUG}/measures/${measureId}`);
    assert.equal(saved.actionField.id, fieldId, 'preset from the need');
    assert.deepEqual(saved.needs.map((n) => n.id), [needId]);
    assert.equal(saved.steps.length, 2);

    const reader = await newPage(browser);
    await open(reader, `/areas/${SLUG}/action-fields/${fieldId}`);
    await reader.getByRole('heading', { name: NEED_TITLE }).waitFor();
    await reader.getByRole('link', { name: new RegExp(MEASURE_TITLE) }).first().click();
    await reader.waitForURL(`**/areas/${SLUG}/measures/${measureId}`);
    await settled(reader);
    assert.equal((await reader.locator('h1').textContent()).trim(), MEASURE_TITLE);
    await reader.getByText('Auftakttreffen im Quartier').first().waitFor();
    await reader.getByText('Angebot starten').first().waitFor();
    assert.deepEqual(notNetwork(reader.errors), []);
    await reader.context().close();
  });

  test('editors filter by publication state, kept in the URL', async () => {
    await open(editor, `/areas/${SLUG}/action-fields/${fieldId}`);
    await editor.getByRole('heading', { name: NEED_TITLE }).waitFor();
    await editor.getByLabel('Veröffentlichungsstand').selectOption('DRAFT');
    await editor.waitForURL(`**/action-fields/${fieldId}?publicationStatus=DRAFT`);
    await editor.waitForFunction((title) => !document.body.textContent.includes(title), NEED_TITLE);

    await open(editor, `/areas/${SLUG}/measures?publicationStatus=DRAFT`);
    assert.equal(await editor.getByLabel('Veröffentlichungsstand').inputValue(), 'DRAFT');
  });

  test('deleting an action field that still has needs shows the API’s refusal', async () => {
    await open(editor, `/areas/${SLUG}/action-fields/${fieldId}/edit`);
    await editor.getByRole('button', { name: 'Handlungsfeld löschen' }).click();
    const dialog = editor.getByRole('alertdialog', { name: 'Wirklich löschen?' });
    await dialog.getByRole('button', { name: 'Ja, endgültig löschen' }).click();
    const refusal = editor.getByRole('alert').filter({ hasText: 'Löschen nicht möglich' });
    await refusal.waitFor();
    const { body: problem } = await (async () => {
      const res = await fetch(`${BASE_URL}/api/v1/areas/${SLUG}/action-fields/${fieldId}`);
      return { body: await res.json() };
    })();
    assert.ok(problem.id, 'the field is still there');
    assert.match(await refusal.textContent(), /Bedarf|need|still|noch/i);
    await screenshot(editor, 'action-field-delete-refused');
  });

  test('the action field order can be changed with the keyboard', async () => {
    await open(editor, `/areas/${SLUG}/action-fields/order`);
    const up = editor.getByRole('button', { name: `„${FIELD_TITLE}“ nach oben verschieben` });
    await up.focus();
    await editor.keyboard.press('Enter');
    await editor.getByText(new RegExp(`„${FIELD_TITLE}“ steht jetzt an Stelle`)).waitFor();
    const { body } = await apiGet(`/areas/${SLUG}/action-fields?size=200`);
    const titles = body.items.map((f) => f.title);
    assert.equal(titles.at(-2), FIELD_TITLE, 'moved one place up');
  });

  test('an editor creates a committee date with a committee and a measure', async () => {
    await open(editor, `/areas/${SLUG}/committee-dates`);
    await editor.getByRole('link', { name: 'Neuer Termin' }).click();
    await editor.waitForURL(`**/areas/${SLUG}/committee-dates/new`);
    await settled(editor);
    const title = `Vorstellung ${unique}`;
    await editor.getByLabel('Ausschuss').selectOption({ index: 1 });
    await editor.getByLabel('Datum').fill('2031-05-14');
    await editor.getByLabel('Uhrzeit').fill('25:00');
    await editor.getByLabel('Titel').fill(title);
    const measures = editor.getByRole('combobox', { name: 'Vorgestellte Maßnahmen' });
    await measures.fill('BQ-01');
    await editor.getByRole('option', { name: /BQ-01/ }).first().waitFor();
    await measures.press('ArrowDown');
    await measures.press('Enter');
    await editor.getByRole('button', { name: /BQ-01.*entfernen/ }).waitFor();
    await editor.getByRole('button', { name: 'Speichern' }).click();
    await editor.getByText('Die Uhrzeit hat die Form SS:MM, z. B. 17:00.').first().waitFor();
    await editor.getByLabel('Uhrzeit').fill('17:30');
    await editor.getByRole('button', { name: 'Speichern' }).click();
    await editor.waitForURL(`**/areas/${SLUG}/committee-dates`);
    await settled(editor);
    const entry = editor.locator('.presentation', { hasText: title });
    await entry.waitFor();
    assert.match(await entry.textContent(), /Entwurf/);
    assert.match(await entry.textContent(), /BQ-01/);
  });

  test('every new editing screen is axe clean in German and English', async () => {
    const { body: presentations } = await (async () => {
      const res = await editor.context().request.get(`/api/v1/areas/${SLUG}/presentations?size=1`);
      return { body: await res.json() };
    })();
    const { body: editions } = await apiGet(`/areas/${SLUG}/editions?size=1`);
    const screens = [
      [`/areas/${SLUG}/edit`, 'area-edit'],
      [`/areas/${SLUG}/action-fields/${fieldId}/edit`, 'action-field-edit'],
      [`/areas/${SLUG}/action-fields/order`, 'action-field-order'],
      [`/areas/${SLUG}/needs/${needId}/edit`, 'need-edit'],
      [`/areas/${SLUG}/committee-dates/new`, 'presentation-new'],
      [`/areas/${SLUG}/committee-dates/${presentations.items[0].id}/edit`, 'presentation-edit'],
      [`/areas/${SLUG}/editions`, 'editions'],
      [`/areas/${SLUG}/editions/new`, 'edition-new'],
      [`/areas/${SLUG}/editions/${editions.items[0].id}/edit`, 'edition-edit'],
      [`/areas/${SLUG}`, 'area-as-editor'],
      [`/areas/${SLUG}/action-fields/${fieldId}`, 'action-field-as-editor'],
      [`/areas/${SLUG}/committee-dates`, 'presentations-as-editor'],
      [`/areas/${SLUG}/measures`, 'measures-as-editor'],
    ];
    for (const [path, name] of screens) await axeBothLanguages(editor, path, name);
    assert.deepEqual(notNetwork(editor.errors), []);
  });

  test('an editor adds an edition and the area profile keeps every field it does not change', async () => {
    await open(editor, `/areas/${SLUG}/editions/new`);
    const label = `Fortschreibung ${unique}`;
    await editor.getByLabel('Bezeichnung').fill(label);
    await editor.getByLabel('Link zum Dokument').fill('kein link');
    await editor.getByRole('button', { name: 'Speichern' }).click();
    await editor.getByText('Bitte eine vollständige Adresse angeben').first().waitFor();
    await editor.getByLabel('Link zum Dokument').fill('https://example.org/ihk.pdf');
    await editor.getByRole('button', { name: 'Speichern' }).click();
    await editor.waitForURL(`**/areas/${SLUG}/editions`);
    await settled(editor);
    await editor.getByRole('heading', { name: label }).waitFor();

    const before = (await apiGet(`/areas/${SLUG}`)).body;
    await open(editor, `/areas/${SLUG}/edit`);
    await editor.getByLabel('Kurzprofil').fill(`${before.summary ?? ''} (geprüft ${unique})`.trim());
    await editor.getByRole('button', { name: 'Speichern' }).click();
    await editor.getByText('Gespeichert.').waitFor();
    const afterSave = (await apiGet(`/areas/${SLUG}`)).body;
    assert.match(afterSave.summary, new RegExp(unique));
    for (const key of ['name', 'municipality', 'programme', 'fundingStart', 'fundingEnd', 'sizeHectares', 'inhabitants', 'budget', 'description']) {
      assert.deepEqual(afterSave[key], before[key], key);
    }
  });
});
