/**
 * What a form should do when the API refuses a change. Kept free of I/O so the mapping (which
 * decides between a message next to a field, a message on the form, a 404 and a new login) is
 * tested on its own.
 */
export interface ApiFailure {
  code: string | null;
  message: string;
  fieldErrors: Record<string, string[]>;
  conflict: unknown;
}

export type FormOutcome =
  | { kind: "invalid"; status: 400; fieldErrors: Record<string, string[]>; formErrors: string[] }
  | { kind: "rejected"; status: 403 | 409 | 429; formErrors: string[]; saved?: SavedVersion }
  | { kind: "not-found" }
  | { kind: "signed-out" }
  | { kind: "unexpected" };

/** What is saved now, when someone else saved first. */
export interface SavedVersion {
  text: string;
  revision: number;
}

export const STALE_PAGE_MESSAGE = "Sidan visar inaktuella uppgifter. Ladda om sidan och försök igen.";

export function describeApiFailure(failure: ApiFailure, visibleFields: readonly string[]): FormOutcome {
  switch (failure.code) {
    case "BAD_REQUEST": {
      const fieldErrors = Object.fromEntries(Object.entries(failure.fieldErrors).filter(([name]) => visibleFields.includes(name)));
      // An error on a field the user cannot see (a hidden id) means the page itself is out of date.
      const hidden = Object.keys(failure.fieldErrors).some((name) => !visibleFields.includes(name));
      const formErrors = hidden ? [STALE_PAGE_MESSAGE] : Object.keys(fieldErrors).length === 0 ? [failure.message] : [];
      return { kind: "invalid", status: 400, fieldErrors, formErrors };
    }
    case "NOT_FOUND":
      return { kind: "not-found" };
    case "UNAUTHORIZED":
      return { kind: "signed-out" };
    case "FORBIDDEN":
      return { kind: "rejected", status: 403, formErrors: ["Din roll i programmet får inte ändra målbilden."] };
    case "CONFLICT":
      return { kind: "rejected", status: 409, formErrors: [failure.message], saved: savedVersion(failure.conflict) };
    case "PRECONDITION_FAILED":
      return { kind: "rejected", status: 409, formErrors: [failure.message] };
    case "TOO_MANY_REQUESTS":
      return { kind: "rejected", status: 429, formErrors: ["För många ändringar på kort tid. Vänta en stund och försök igen."] };
    default:
      return { kind: "unexpected" };
  }
}

/** The API sends the current row with a conflict: `{ text, revision }` or `{ vision, revision }`. */
function savedVersion(current: unknown): SavedVersion | undefined {
  if (typeof current !== "object" || current === null) return undefined;
  const { text, vision, revision } = current as Record<string, unknown>;
  const saved = typeof text === "string" ? text : typeof vision === "string" ? vision : null;
  return saved !== null && typeof revision === "number" ? { text: saved, revision } : undefined;
}
