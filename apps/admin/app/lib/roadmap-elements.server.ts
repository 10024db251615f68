import { apiErrorCode, rethrowUnexpected } from "./api.server.ts";
import type { Api } from "./roadmap-form-actions.server.ts";
import { type ElementGroup, elementGroups } from "./roadmap-view.ts";

/**
 * The målbild's perspectives, statements and shifts, grouped for the link checkboxes of the
 * färdplan and uppföljning forms. A programme without a målbild yet simply has nothing to link.
 */
export function malbildElementGroups(api: Api): Promise<ElementGroup[]> {
  return api.malbild.forEdit
    .query()
    .then(({ malbild }) => elementGroups(malbild))
    .catch((error: unknown) => {
      if (apiErrorCode(error) === "NOT_FOUND") return [];
      return rethrowUnexpected(error);
    });
}
