import { CATALOG } from "../../lib/catalog/catalog-data";
import { CATEGORY_IDS, type ServiceSeed } from "../../lib/catalog/types";

/** The real catalog padded with made-up services to `size`, for benchmarks at catalog scale. */
export function makeLargeCatalog(size: number): ServiceSeed[] {
  const extra: ServiceSeed[] = [];
  for (let i = CATALOG.length; i < size; i++) {
    extra.push({
      slug: `bench-service-${i}`,
      name: `Bench Service ${i}`,
      category: CATEGORY_IDS[i % CATEGORY_IDS.length],
      url: `https://bench-${i}.example`,
      aliases: [],
      dependsOn: [],
      markets: ["US", "GB", "DE"],
      // Most services in a big catalog are small: a long tail of popularity 1..20.
      popularity: 1 + (i % 20),
    });
  }
  return [...CATALOG, ...extra];
}
