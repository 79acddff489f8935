import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseEmbedOptions } from "@/lib/embeds/embed-params";
import { titleIncident } from "@/lib/incidents/describe-incident";
import { readIncident } from "@/lib/incidents/read-incident";
import { IncidentParamsSchema } from "@/lib/incidents/schemas";
import { IncidentEmbed } from "@/app/components/incident-embed";
import { getStores } from "@/lib/stores/get-stores";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(raw: { slug: string; id: string }, now: number) {
  const parsed = IncidentParamsSchema.safeParse(raw);
  const detail = parsed.success ? await readIncident({ ...(await getStores()), id: parsed.data.id, now }) : null;
  return detail && detail.incident.service.slug === parsed.data?.slug ? detail : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const now = Date.now();
  const detail = await load(await params, now);
  return { title: detail ? titleIncident(detail.incident, now) : "Not found" };
}

/** One incident's chart for an article: frozen once the outage ended, so the embed says what the article said. */
export default async function IncidentEmbedPage({ params, searchParams }: Props) {
  const now = Date.now();
  const detail = await load(await params, now);
  if (!detail) notFound();
  const { theme } = parseEmbedOptions(await searchParams);
  return <IncidentEmbed detail={detail} theme={theme} now={now} />;
}
