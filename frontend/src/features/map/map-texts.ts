import { registerTexts } from '@/lib/lazy-texts';

const de = {
  heading: 'Karte',
  placeHeading: 'Ort',
  viewMap: 'Karte',
  filterLink: 'Maßnahmen auf der Karte filtern',
  areaMap: 'Karte von {{name}} mit den Maßnahmen',
  measureMap: 'Karte: Ort der Maßnahme {{code}}',
  listMap: 'Karte der gefilterten Maßnahmen',
  keyboard:
    'Die Karte lässt sich mit der Tastatur bedienen: mit den Pfeiltasten verschieben, mit + und − vergrößern und verkleinern; mit der Tabulatortaste erreichen Sie die Markierungen, Eingabe öffnet die Maßnahme. Alle Maßnahmen der Karte stehen auch in der Liste.',
  listHeading: 'Maßnahmen auf der Karte',
  count_one: '{{count}} Maßnahme mit Ort',
  count_other: '{{count}} Maßnahmen mit Ort',
  none: 'Keine dieser Maßnahmen hat einen Ort auf der Karte.',
  withoutPlace_one: '{{count}} weitere Maßnahme hat keinen Ort auf der Karte und steht nur in der Liste.',
  withoutPlace_other: '{{count}} weitere Maßnahmen haben keinen Ort auf der Karte und stehen nur in der Liste.',
  approximate: 'ungefähre Lage',
  approximateBoundary: 'Die Gebietsgrenze ist nur ungefähr eingezeichnet.',
  approximateNote: 'Orte mit „ungefähre Lage“ sind nur ungefähr eingezeichnet.',
  approximatePlace: 'Der Ort ist nur ungefähr eingezeichnet.',
  loading: 'Karte wird geladen …',
  failed: 'Die Karte konnte nicht geladen werden.',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  cluster: '{{count}} Maßnahmen hier: {{names}} – vergrößern',
  chosenPoint: 'Gewählter Punkt',
  corner: 'Ecke {{n}}',
  drawMode: 'Zeichnen',
  modePoint: 'Punkt',
  modePolygon: 'Fläche',
  hintPoint: 'Klicken Sie in die Karte, um den Punkt zu setzen – oder verschieben Sie die Karte mit den Pfeiltasten und setzen Sie den Punkt in die Mitte.',
  hintPolygon:
    'Klicken Sie nacheinander die Ecken der Fläche an (oder fügen Sie die Kartenmitte als Ecke hinzu) und schließen Sie die Fläche ab; mindestens drei Ecken.',
  actions: 'Zeichnen auf der Karte',
  setCenter: 'Punkt in die Kartenmitte setzen',
  addCenterCorner: 'Kartenmitte als Ecke hinzufügen',
  finishPolygon: 'Fläche abschließen ({{count}} Ecken)',
  undoCorner: 'Letzte Ecke entfernen',
  clear: 'Entfernen',
  geoJson: 'GeoJSON',
  geoJsonHint: 'Wird beim Zeichnen ausgefüllt; Sie können auch GeoJSON einfügen (eine Geometrie oder ein Feature, Koordinaten als [Länge, Breite]).',
  problem: {
    json: 'Das ist kein gültiges JSON.',
    type: 'Erlaubt ist eine GeoJSON-Geometrie vom Typ {{types}}.',
    position: 'Jede Position muss [Länge, Breite] sein, Länge von −180 bis 180, Breite von −90 bis 90.',
    ring: 'Jeder Ring einer Fläche braucht mindestens vier Positionen, die letzte gleich der ersten.',
    size: 'Höchstens 10.000 Positionen.',
  },
};

type MapTexts = Omit<typeof de, 'problem'> & { problem: Record<keyof typeof de.problem, string> };

const en: MapTexts = {
  heading: 'Map',
  placeHeading: 'Place',
  viewMap: 'Map',
  filterLink: 'Filter the measures on the map',
  areaMap: 'Map of {{name}} with the measures',
  measureMap: 'Map: place of measure {{code}}',
  listMap: 'Map of the filtered measures',
  keyboard:
    'The map works with the keyboard: move it with the arrow keys, zoom with + and −; the Tab key reaches the markers, Enter opens the measure. Every measure on the map is also in the list.',
  listHeading: 'Measures on the map',
  count_one: '{{count}} measure with a place',
  count_other: '{{count}} measures with a place',
  none: 'None of these measures has a place on the map.',
  withoutPlace_one: '{{count}} more measure has no place on the map and is only in the list.',
  withoutPlace_other: '{{count}} more measures have no place on the map and are only in the list.',
  approximate: 'approximate location',
  approximateBoundary: 'The boundary of the area is drawn approximately.',
  approximateNote: 'Places marked “approximate location” are drawn approximately.',
  approximatePlace: 'The place is drawn approximately.',
  loading: 'Loading the map …',
  failed: 'The map could not be loaded.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  cluster: '{{count}} measures here: {{names}} – zoom in',
  chosenPoint: 'Chosen point',
  corner: 'Corner {{n}}',
  drawMode: 'Draw',
  modePoint: 'Point',
  modePolygon: 'Area',
  hintPoint: 'Click on the map to set the point – or move the map with the arrow keys and set the point in its middle.',
  hintPolygon: 'Click the corners of the area one after another (or add the middle of the map as a corner), then finish the area; at least three corners.',
  actions: 'Drawing on the map',
  setCenter: 'Set the point in the middle of the map',
  addCenterCorner: 'Add the middle of the map as a corner',
  finishPolygon: 'Finish the area ({{count}} corners)',
  undoCorner: 'Remove the last corner',
  clear: 'Remove',
  geoJson: 'GeoJSON',
  geoJsonHint: 'Filled in as you draw; you can also paste GeoJSON (a geometry or a Feature, coordinates as [longitude, latitude]).',
  problem: {
    json: 'This is not valid JSON.',
    type: 'Allowed is a GeoJSON geometry of type {{types}}.',
    position: 'Every position must be [longitude, latitude], longitude from −180 to 180, latitude from −90 to 90.',
    ring: 'Every ring of an area needs at least four positions, the last equal to the first.',
    size: 'At most 10,000 positions.',
  },
};

declare module '@/lib/i18n' {
  interface LazyTexts {
    map: MapTexts;
  }
}

registerTexts('map', { de, en });
