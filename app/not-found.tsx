import { NotFoundCard } from "./components/not-found-card";
import { SiteChrome } from "./components/site-chrome";

export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundCard />
    </SiteChrome>
  );
}
