import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { findService } from "@/lib/catalog/read-catalog";
import { parseEmbedOptions } from "@/lib/embeds/embed-params";
import { readEmbed } from "@/lib/embeds/read-embed";
import { EmbedWidget } from "@/app/components/embed-widget";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = findService(getDb(), (await params).slug.slice(0, 80));
  return { title: service ? `${service.name} problem reports` : "Not found" };
}

export default async function EmbedPage({ params, searchParams }: Props) {
  const slug = (await params).slug.slice(0, 80);
  const options = parseEmbedOptions(await searchParams);
  const data = readEmbed({ db: getDb(), slug, now: Date.now(), range: options.range });
  if (!data) notFound();
  return <EmbedWidget initial={data} range={options.range} theme={options.theme} />;
}
