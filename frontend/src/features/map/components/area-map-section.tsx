import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/app-link';
import type { Schemas } from '@/lib/api-client';
import type { Geometry } from '@/lib/geojson';
import { paths } from '@/lib/paths';
import '../map-texts';
import { MeasuresMap } from './map-view';

/** The area page's map: the boundary and the measures with a place, with the same measures in a list next to it. */
export function AreaMapSection({ slug, area }: { slug: string; area: Schemas['Area'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="map-heading" className="section no-print">
      <h2 id="map-heading" className="kern-heading-medium">
        {t('map.heading')}
      </h2>
      <MeasuresMap
        slug={slug}
        label={t('map.areaMap', { name: area.name })}
        boundary={area.boundary as Geometry | null}
        boundaryApproximate={area.boundaryApproximate}
        headingLevel={3}
      />
      <p>
        <AppLink to={paths.measures(slug, new URLSearchParams({ view: 'map' }))}>{t('map.filterLink')}</AppLink>
      </p>
    </section>
  );
}
