import { respondError } from "@/lib/http/respond-json";

// Unknown API paths answer in the API's JSON error shape, not with the HTML 404 page.
function notFound() {
  return respondError(404, "not_found", "No such API endpoint. See the README for the public API.");
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
