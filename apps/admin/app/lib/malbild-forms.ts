import type { SubmissionResult } from "@conform-to/react";
import type { SavedVersion } from "./api-errors.ts";

/**
 * What the målbild page and its action share: the forms' ids (so each form takes only its own
 * result) and the shape of a refused change.
 */
export const formIds = {
  vision: "vision",
  addStatement: "nytt-pastaende",
  statement: (id: string) => `pastaende-form-${id}`,
  removal: (id: string) => `ta-bort-form-${id}`,
};

export interface MalbildActionData {
  formId: string;
  result: SubmissionResult<string[]>;
  /** Someone else's newer text, after a conflict. */
  saved?: SavedVersion;
}

/**
 * Where the page returns after a change (the `#fragment` of the redirect), so the user lands on
 * what they just changed, with or without a script.
 */
export const anchors = {
  vision: "vision",
  statements: "pastaenden",
  statement: (id: string) => `pastaende-${id}`,
  removeButton: (id: string) => `ta-bort-${id}`,
};

/** The query parameter that opens the confirmation step before a statement is removed. */
export const CONFIRM_REMOVAL_PARAM = "ta-bort";
