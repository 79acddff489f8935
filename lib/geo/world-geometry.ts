import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { LEFT_OUT, MAP_HEIGHT, MAP_WIDTH, UNNUMBERED_FEATURES } from "./config";

export interface CountryShape {
  /** ISO 3166-1 alpha-2, as reports carry it. */
  code: string;
  /** SVG path data in the map's coordinates. */
  d: string;
}

let cached: CountryShape[] | undefined;

/**
 * Country outlines from Natural Earth's 1:110m data (shipped in the world-atlas package, nothing fetched at run
 * time), projected once per process with Equal Earth so areas stay comparable.
 */
export function readWorldShapes(): CountryShape[] {
  if (cached) return cached;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const kept = all.features.filter((f) => !LEFT_OUT.has(String(f.id)));
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: "FeatureCollection", features: kept });
  const path = geoPath(projection).digits(1);
  cached = kept
    .map((f: Feature<Geometry, { name: string }>) => ({
      code: (f.id !== undefined ? countries.numericToAlpha2(String(f.id)) : undefined) ?? UNNUMBERED_FEATURES[f.properties.name] ?? "",
      d: path(f) ?? "",
    }))
    .filter((s) => s.code && s.d);
  return cached;
}
