import { buildBadgeCode, buildEmbedUrl, buildIframeCode, buildScriptCode } from "@/lib/embeds/build-embed-code";
import type { EmbedRange, EmbedTheme } from "@/lib/embeds/config";
import type { Locale } from "@/lib/i18n/config";
import { fillWords as fill } from "./fill-words";

/**
 * The embed panel's options: picking a range, theme or language rewrites the three codes and the preview with the
 * same builders the server used; "Copy" puts a code on the clipboard (or selects it where the browser refuses).
 */
export function wireEmbedOptions(panel: HTMLElement): void {
  const origin = panel.dataset.origin ?? location.origin;
  const slug = panel.dataset.slug ?? "";
  const names = JSON.parse(panel.dataset.names ?? "{}") as Record<Locale, string>;
  const words = JSON.parse(panel.dataset.words ?? "{}") as Record<"title" | "badgeAlt" | "copy" | "copied" | "copiedLabel" | "previewTitle", string>;
  const field = (id: string) => panel.querySelector<HTMLTextAreaElement>(`#${id}`);
  const pick = (name: string) => panel.querySelector<HTMLSelectElement>(`select[name=${name}]`)?.value ?? "";
  const status = panel.querySelector<HTMLElement>("[data-copied-status]");

  const update = () => {
    const options = { range: pick("range") as EmbedRange, theme: pick("theme") as EmbedTheme, lang: pick("lang") as Locale };
    const name = names[options.lang] ?? slug;
    const title = fill(words.title, { name });
    const set = (id: string, code: string) => {
      const box = field(id);
      if (box) box.value = code;
    };
    set("embed-iframe", buildIframeCode({ origin, target: { slug }, title, options }));
    set("embed-script", buildScriptCode({ origin, slug, options }));
    set("embed-badge", buildBadgeCode({ origin, slug, lang: options.lang, alt: fill(words.badgeAlt, { name }) }));
    const preview = panel.querySelector("iframe");
    if (preview) {
      preview.src = buildEmbedUrl("", { slug }, options);
      preview.title = fill(words.previewTitle, { title });
    }
  };
  panel.addEventListener("change", (event) => (event.target as Element).matches("select") && update());

  panel.addEventListener("focusin", (event) => (event.target as Element).matches("textarea") && (event.target as HTMLTextAreaElement).select());
  for (const button of panel.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      const box = field(button.dataset.copy ?? "");
      if (!box) return;
      try {
        await navigator.clipboard.writeText(box.value);
        button.textContent = words.copied;
        if (status) status.textContent = fill(words.copiedLabel, { label: button.dataset.label ?? "" });
        setTimeout(() => {
          button.textContent = words.copy;
          if (status) status.textContent = "";
        }, 2000);
      } catch {
        box.select();
      }
    });
  }
}
