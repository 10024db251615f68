import { load } from "./api.server.ts";

/**
 * Like `load`, for something a page can do without: NOT_FOUND (e.g. a programme with no målbild
 * yet) is null instead of the 404 page. An unreachable API is still the 503 page.
 */
export async function loadOptional<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await load(call);
  } catch (error) {
    if (error instanceof Response && error.status === 404) return null;
    throw error;
  }
}
