// End-to-end test of responding: a resident asks a question on a measure without an account, the area's editor
// answers it in the inbox and publishes it, and the resident reads question and answer below the measure – without
// the name or e-mail address they gave.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, launch, logIn, newPage, screenshot, settled } from './support.mjs';

const MEASURE = '/areas/schinkel/measures/00000000-0000-4000-8000-000000008001';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('responding', () => {
  test('a resident asks about a measure, the editor answers and publishes, the resident reads the answer', async () => {
    const question = `Gibt es im Stadtteilbüro auch Termine am Samstag? (${Date.now()})`;
    const resident = await newPage(browser);
    await resident.goto(MEASURE);
    await settled(resident);
    await resident.getByRole('button', { name: 'Frage oder Hinweis schreiben' }).click();
    const name = resident.getByLabel('Ihr Name (freiwillig)');
    await name.waitFor();
    assert.equal(await name.evaluate((el) => el === document.activeElement), true, 'the form takes the focus');
    await name.fill('Erika Muster');
    await resident.getByLabel('Ihre E-Mail-Adresse (freiwillig)').fill('erika@example.org');
    await resident.getByLabel('Ihre Nachricht').fill(question);
    await resident.getByRole('button', { name: 'Nachricht senden' }).click();
    await resident.getByText('Bitte stimmen Sie der Verarbeitung zu').first().waitFor();
    assert.deepEqual(await axeViolations(resident), []);
    await resident.getByLabel(/Ich bin einverstanden/).check();
    await resident.getByRole('button', { name: 'Nachricht senden' }).click();
    await resident.getByText('Vielen Dank! Ihre Nachricht ist angekommen.').waitFor();
    assert.deepEqual(await axeViolations(resident), []);

    const editor = await newPage(browser);
    await logIn(editor, 'demo-redaktion', 'demo-redaktion-passwort');
    await editor.goto('/areas/schinkel/messages?status=NEW');
    await settled(editor);
    const item = editor.locator('article', { hasText: question });
    await item.waitFor();
    assert.match(await item.textContent(), /Erika Muster/);
    assert.match(await item.textContent(), /BQ-01/);
    assert.deepEqual(await axeViolations(editor), []);
    await item.getByLabel('Antwort', { exact: true }).fill('Ja, jeden ersten Samstag im Monat von 10 bis 12 Uhr.');
    await item.getByLabel(/Frage und Antwort .* veröffentlichen/).check();
    await item.getByLabel('Frage für die Veröffentlichung').fill('Gibt es im Stadtteilbüro auch Termine am Samstag?');
    await item.getByRole('button', { name: 'Speichern' }).click();
    // Answered, it leaves the new messages and stands among the answered ones.
    await editor.locator('article', { hasText: question }).waitFor({ state: 'detached' });
    await editor.getByRole('link', { name: 'Beantwortet', exact: true }).click();
    await editor.waitForURL('**/areas/schinkel/messages?status=ANSWERED');
    await editor.locator('article', { hasText: question }).getByRole('heading', { name: /Beantwortet · Veröffentlicht/ }).waitFor();
    await screenshot(editor, 'inbox');

    await resident.reload();
    await settled(resident);
    const answers = resident.locator('section', { has: resident.getByRole('heading', { name: 'Fragen und Antworten' }) });
    await answers.waitFor();
    const shown = await answers.textContent();
    assert.match(shown, /Gibt es im Stadtteilbüro auch Termine am Samstag\?/);
    assert.match(shown, /jeden ersten Samstag im Monat/);
    const main = await resident.locator('main').textContent();
    assert.doesNotMatch(main, /Erika|erika@example\.org/);
    assert.deepEqual(await axeViolations(resident), []);
    await screenshot(resident, 'measure-questions');
  });

  test('the accessibility statement offers the same form, in English too, and the inbox is axe clean in English', async () => {
    const page = await newPage(browser);
    await page.goto('/en/accessibility');
    await settled(page);
    await page.getByRole('button', { name: 'Write a question or hint' }).click();
    await page.getByLabel('Your message').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.getByLabel('Your message').fill('The contrast of the links is too low.');
    await page.getByLabel(/I agree/).check();
    await page.getByRole('button', { name: 'Send message' }).click();
    await page.getByText('Thank you! Your message has arrived.').waitFor();

    const editor = await newPage(browser);
    await logIn(editor, 'demo-redaktion', 'demo-redaktion-passwort');
    await editor.goto('/en/areas/schinkel/messages');
    await settled(editor);
    const item = editor.locator('article', { hasText: 'The contrast of the links is too low.' });
    await item.waitFor();
    assert.match(await item.textContent(), /Accessibility/);
    assert.deepEqual(await axeViolations(editor), []);
  });
});
