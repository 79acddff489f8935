import { useTranslations } from "next-intl";
import type { PushReason } from "@/app/components/browser-push";

/** The words the page's script needs to run the button, in the page's language; `{reason}`/`{status}` filled by it. */
export interface NotifyTexts {
  on: string;
  off: string;
  blocked: string;
  unsupported: string;
  subscribed: string;
  turnedOff: string;
  failedOn: string;
  failedOff: string;
  reasons: Record<PushReason, string>;
}

const REASONS: PushReason[] = ["noPush", "network", "server", "rateLimited", "unknownService", "refused", "browser"];

/**
 * "Notify me when … has problems" on the plain service page: the same markup the React NotifyButton starts with
 * (disabled until a script has checked what this browser supports), with its words in `data-texts`;
 * app/service-page/client/notify-control.ts runs it.
 */
export function NotifyControl({ slug, subject }: { slug: string; subject: string }) {
  const t = useTranslations("client.notify");
  const texts: NotifyTexts = {
    on: t("on", { subject }),
    off: t("off", { subject }),
    blocked: t("blocked"),
    unsupported: t("unsupported"),
    subscribed: t("subscribed", { subject }),
    turnedOff: t("turnedOff"),
    failedOn: t.raw("failedOn") as string,
    failedOff: t.raw("failedOff") as string,
    reasons: Object.fromEntries(REASONS.map((r) => [r, t.raw(`reasons.${r}`) as string])) as Record<PushReason, string>,
  };
  return (
    <div className="notify" data-testid="notify" data-state="checking" data-services={slug} data-storage-key={`service:${slug}`} data-texts={JSON.stringify(texts)}>
      <button type="button" className="button small-button primary" aria-pressed="false" disabled>
        {texts.off}
      </button>
    </div>
  );
}
