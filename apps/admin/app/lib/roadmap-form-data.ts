import type { SubmissionResult } from "@conform-to/react";

/**
 * What the programme-work pages (beslut, färdplan, strategier, uppföljning) share between their
 * forms and their actions. Pure, so it is tested on its own and runs in the browser too (the
 * forms validate with the same transforms before posting).
 */

/** Query parameters that open a state of the page with a plain GET: editing, confirming a removal, a history. */
export const pageParams = { edit: "andra", remove: "ta-bort", history: "historik" } as const;

/**
 * The id of the button that opened a state of the page (`andra-<id>`): where "Avbryt" and a save
 * return, so keyboard focus goes back to where the user was.
 */
export const askAnchor = (param: string, value: string) => `${param}-${value}`;

/** Where the page returns after a row is moved: the ↑ or ↓ button that was pressed. */
export const moveAnchor = (id: string, direction: "up" | "down") => `${direction === "up" ? "upp" : "ned"}-${id}`;

/** What is saved now, after someone else saved first: shown next to the form, which keeps what the user typed. */
export interface SavedNow {
  revision: number;
  facts: { label: string; value: string }[];
}

/** Every form's answer from an action: its own id (only that form shows the result) and the conform result. */
export interface FormActionData {
  formId: string;
  result: SubmissionResult<string[]>;
  saved?: SavedNow;
}

/** The errors of a form that has no visible fields (a removal, a move): all of them, as one list. */
export function allErrors(actionData: FormActionData | undefined, formId: string): string[] {
  if (actionData?.formId !== formId) return [];
  return Object.values(actionData.result.error ?? {}).flatMap((e) => e ?? []);
}

/** One målbild element as one checkbox value: "statement:<uuid>". */
export const elementValue = (link: { kind: string; id: string }) => `${link.kind}:${link.id}`;

export const ELEMENT_FIELD = "element";

/**
 * Checkboxes can post only one value each, and the schemas want `links: [{ kind, id }]`. This turns
 * the checked `element` boxes ("kind:id") into `links[0].kind`, `links[0].id` … in a copy of the form.
 * The original boxes stay in it, so a refused form comes back with the same boxes checked.
 */
export function withElementLinks(formData: FormData): FormData {
  const out = copy(formData);
  formData.getAll(ELEMENT_FIELD).forEach((raw, index) => {
    const value = String(raw);
    const split = value.indexOf(":");
    out.append(`links[${index}].kind`, split > 0 ? value.slice(0, split) : value);
    out.append(`links[${index}].id`, split > 0 ? value.slice(split + 1) : "");
  });
  return out;
}

/**
 * A textarea with one entry per line (a meeting's decisions) as the list `to[0]`, `to[1]` … that
 * the schema reads. Blank lines are dropped; the textarea itself stays in the copy.
 */
export function withLines(formData: FormData, from: string, to: string): FormData {
  const out = copy(formData);
  String(formData.get(from) ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .forEach((line, index) => out.append(`${to}[${index}]`, line));
  return out;
}

/** The values a refused form posted under `name` (one string, several, or none), as a list. */
export function postedValues(initialValue: Record<string, unknown> | null | undefined, name: string): string[] {
  const value = initialValue?.[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}

/**
 * An emptied optional field arrives as "missing", and the API leaves a missing field as it is
 * saved. Sending null instead clears it, which is what the user asked for.
 */
export function clearMissing<T extends object>(value: T, keys: readonly (keyof T & string)[]): T {
  const out = { ...value } as Record<string, unknown>;
  for (const key of keys) if (out[key] === undefined) out[key] = null;
  return out as T;
}

function copy(formData: FormData): FormData {
  const out = new FormData();
  for (const [key, value] of formData) out.append(key, value);
  return out;
}

/**
 * Where an edit form posts: the page with the item's form still open (`?andra=<id>`), so a refusal
 * (a field error, or a conflict with what someone else saved) comes back in the open form, with or
 * without a script. A form that creates posts to the page itself.
 */
export const editAction = (pagePath: string, id: string | undefined) =>
  id ? `${pagePath}?${pageParams.edit}=${encodeURIComponent(id)}` : pagePath;
