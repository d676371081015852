import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api-client';
import type { Geometry } from '@/lib/geojson';
import '../map-texts';
import { PlaceMap } from './map-view';

/** The measure page's map of its place; nothing when it has none. */
export function PlaceSection({ measure }: { measure: Schemas['Measure'] }) {
  const { t } = useTranslation();
  if (!measure.locationGeometry) return null;
  return (
    <section aria-labelledby="place-heading" className="section">
      <h2 id="place-heading" className="kern-heading-medium">
        {t('map.placeHeading')}
      </h2>
      {measure.location ? <p className="kern-body">{measure.location}</p> : null}
      <PlaceMap
        label={t('map.measureMap', { code: measure.code })}
        geometry={measure.locationGeometry as unknown as Geometry}
        approximate={measure.locationApproximate}
      />
    </section>
  );
}
