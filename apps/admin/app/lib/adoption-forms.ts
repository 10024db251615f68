import { askAnchor, pageParams } from "./roadmap-form-data.ts";

/** The beslut page's form ids (each form takes only its own result) and where a change returns. */
export const adoptionFormIds = {
  create: "nytt-beslut",
  edit: (id: string) => `beslut-form-${id}`,
  remove: (id: string) => `ta-bort-beslut-${id}`,
  /** The decision in the list; the GET buttons open their state here. */
  item: (id: string) => `beslut-${id}`,
  /** After a save: the decision's "Ändra" button. */
  anchor: (id: string) => askAnchor(pageParams.edit, id),
  list: "registrerade-beslut",
};
