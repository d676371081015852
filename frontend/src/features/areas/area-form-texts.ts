import { registerTexts } from '@/lib/lazy-texts';

const de = {
  title: 'Gebietsprofil bearbeiten',
  link: 'Profil bearbeiten',
  name: 'Name',
  slug: 'Kürzel in der Adresse',
  slugHint: 'Kleinbuchstaben, Ziffern und Bindestriche, z. B. schinkel. Eine Änderung ändert die Adressen aller Seiten des Gebiets.',
  slugPattern: 'Nur Kleinbuchstaben, Ziffern und einzelne Bindestriche dazwischen, z. B. schinkel-ost.',
  slugShort: 'Das Kürzel hat mindestens zwei Zeichen.',
  municipality: 'Kommune',
  programme: 'Förderprogramm',
  fundingStart: 'Förderung ab (Jahr)',
  fundingEnd: 'Förderung bis (Jahr)',
  yearOrder: 'Das letzte Förderjahr darf nicht vor dem ersten liegen.',
  sizeHectares: 'Größe in Hektar',
  decimal: 'Bitte eine Zahl angeben, z. B. 94,01.',
  inhabitants: 'Einwohnerinnen und Einwohner',
  budget: 'Fördervolumen in Euro',
  money: 'Bitte einen Betrag mit höchstens zwei Nachkommastellen angeben, z. B. 15000000 oder 1250,50.',
  summary: 'Kurzprofil',
  description: 'Ausführliche Beschreibung',
  position: 'Position in der Liste der Fördergebiete',
  positionHint: 'Die Startseite zeigt die Gebiete aufsteigend nach dieser Zahl (0 zuerst), bei gleicher Zahl nach Namen.',
  publicationStatus: 'Veröffentlichung',
  boundaryHeading: 'Gebietsgrenze auf der Karte',
  boundaryMap: 'Karte zum Zeichnen der Gebietsgrenze',
  boundary: 'Gebietsgrenze (GeoJSON)',
  boundaryInvalid: 'Bitte geben Sie eine GeoJSON-Geometrie (Polygon oder MultiPolygon) als JSON-Objekt an.',
  boundaryApproximate: 'Die Grenze ist nur ungefähr eingezeichnet',
  editorActions: 'Redaktion',
  editions: 'Fassungen des Konzepts',
  embed: 'Einbetten',
  newActionField: 'Neues Handlungsfeld',
  orderActionFields: 'Reihenfolge der Handlungsfelder',
  newPresentation: 'Neuer Ausschusstermin',
};

type AreaFormTexts = typeof de;

const en: AreaFormTexts = {
  title: 'Edit area profile',
  link: 'Edit profile',
  name: 'Name',
  slug: 'Key in the address',
  slugHint: 'Lower-case letters, digits and hyphens, e.g. schinkel. Changing it changes the addresses of all pages of the area.',
  slugPattern: 'Only lower-case letters, digits and single hyphens between them, e.g. schinkel-ost.',
  slugShort: 'The key has at least two characters.',
  municipality: 'Municipality',
  programme: 'Funding programme',
  fundingStart: 'Funding from (year)',
  fundingEnd: 'Funding until (year)',
  yearOrder: 'The last funding year must not be before the first.',
  sizeHectares: 'Size in hectares',
  decimal: 'Please enter a number, e.g. 94.01.',
  inhabitants: 'Inhabitants',
  budget: 'Funding in euro',
  money: 'Please enter an amount with at most two decimals, e.g. 15000000 or 1250.50.',
  summary: 'Short profile',
  description: 'Long description',
  position: 'Position in the list of areas',
  positionHint: 'The start page lists the areas by this number, ascending (0 first), and by name where equal.',
  publicationStatus: 'Publication',
  boundaryHeading: 'Boundary on the map',
  boundaryMap: 'Map to draw the boundary of the area',
  boundary: 'Boundary (GeoJSON)',
  boundaryInvalid: 'Please give a GeoJSON geometry (Polygon or MultiPolygon) as a JSON object.',
  boundaryApproximate: 'The boundary is drawn only approximately',
  editorActions: 'Editing',
  editions: 'Editions of the concept',
  embed: 'Embed',
  newActionField: 'New action field',
  orderActionFields: 'Order of the action fields',
  newPresentation: 'New committee date',
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    areaForm: AreaFormTexts;
  }
}

registerTexts('areaForm', { de, en });
