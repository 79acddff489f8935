export default function EmbedNotFound() {
  return (
    <div className="embed" data-theme="light">
      <p>This Downwire embed points at a service or incident that does not exist.</p>
      <p><a href="/" target="_blank" rel="noopener">Browse Downwire</a></p>
    </div>
  );
}
