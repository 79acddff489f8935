// The same card as the Open Graph image, at the address Twitter-style cards ask for.
export { GET } from "../opengraph-image/route";

export const dynamic = "force-dynamic";
