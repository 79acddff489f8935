import { SiteChrome } from "./components/site-chrome";

export default function NotFound() {
  return (
    <SiteChrome>
      <div className="card">
        <h1>Not found</h1>
        <p>We could not find that page or service. <a href="/">Browse all services</a>.</p>
      </div>
    </SiteChrome>
  );
}
