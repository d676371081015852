import type { Geometry } from '@/lib/geojson';

/** A measure on the map. */
export interface MapMarker {
  id: string;
  /** What the marker is called (code and title), for screen readers and as its tooltip. */
  label: string;
  color: string;
  geometry: Geometry;
  /** Where activating the marker leads (an app path); none: the marker only shows a place. */
  to?: string;
}

/** Background tiles (a setting of the installation); none: the map draws on a plain background. */
export interface MapTiles {
  url: string;
  attribution: string | null;
}
