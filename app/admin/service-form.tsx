import { CATEGORY_LABELS } from "@/lib/catalog/categories";
import type { Service } from "@/lib/catalog/read-catalog";
import { OFFICIAL_FORMATS } from "@/lib/catalog/official-source";
import { CATEGORY_IDS } from "@/lib/catalog/types";

/** Add or edit one service; a plain form that works without JavaScript. */
export function ServiceForm({ service, error }: { service?: Service; error?: string }) {
  return (
    <form action="/admin/save-service" method="post" className="card stack admin-form">
      {error && <p className="notice warn" role="alert">{error}</p>}
      {service && <input type="hidden" name="originalSlug" value={service.slug} />}
      <label htmlFor="name">Name</label>
      <input id="name" name="name" required maxLength={80} defaultValue={service?.name} />
      <label htmlFor="slug">Slug (the address: /status/slug)</label>
      <input id="slug" name="slug" required maxLength={80} pattern="[a-z0-9](?:[a-z0-9-]*[a-z0-9])?" defaultValue={service?.slug} />
      <label htmlFor="category">Category</label>
      <select id="category" name="category" defaultValue={service?.category ?? "email"}>
        {CATEGORY_IDS.map((c) => <option key={c} value={c}>{CATEGORY_LABELS[c]}</option>)}
      </select>
      <label htmlFor="url">Homepage</label>
      <input id="url" name="url" type="url" required maxLength={300} defaultValue={service?.url} />
      <label htmlFor="nameZh">Chinese name (shown on /zh-CN pages; its pinyin becomes searchable)</label>
      <input id="nameZh" name="nameZh" maxLength={80} defaultValue={service?.names["zh-CN"]} lang="zh-CN" />
      <label htmlFor="aliases">Other names (comma-separated)</label>
      <input id="aliases" name="aliases" defaultValue={service?.aliases.join(", ")} />
      <label htmlFor="dependsOn">Depends on (slugs, comma-separated: what it runs on or signs in through)</label>
      <input id="dependsOn" name="dependsOn" defaultValue={service?.dependsOn.join(", ")} />
      <label htmlFor="markets">Main markets (ISO country codes, comma-separated)</label>
      <input id="markets" name="markets" defaultValue={service?.markets.join(", ")} />
      <label htmlFor="popularity">Popularity (1 niche – 100 Outlook-scale; orders lists)</label>
      <input id="popularity" name="popularity" type="number" min={1} max={100} defaultValue={service?.popularity ?? 10} />
      <label htmlFor="officialFormat">Official status format (the vendor&apos;s own machine-readable status page)</label>
      <select id="officialFormat" name="officialFormat" defaultValue={service?.officialStatus?.format ?? ""}>
        <option value="">None</option>
        {OFFICIAL_FORMATS.map((f) => <option key={f} value={f}>{f}</option>)}
      </select>
      <label htmlFor="officialUrl">Official status URL (e.g. https://www.githubstatus.com/api/v2/summary.json)</label>
      <input id="officialUrl" name="officialUrl" type="url" maxLength={500} defaultValue={service?.officialStatus?.url} />
      <label className="check">
        <input type="checkbox" name="hidden" defaultChecked={service?.hidden} /> Hidden (kept with its history, not listed or reportable)
      </label>
      <button className="button" type="submit">{service ? "Save changes" : "Add service"}</button>
    </form>
  );
}
