import { z } from "zod";
import { STATEMENT_MAX, VISION_MAX } from "./limits.ts";

export const MalbildStatusSchema = z.enum(["draft", "consultation", "adopted", "superseded"]);
export type MalbildStatus = z.infer<typeof MalbildStatusSchema>;


const IdSchema = z.uuid({ error: "Ogiltig identitet." });


/** The revision the editor started from; a different current revision means someone else saved first. */
export const RevisionSchema = z.coerce.number({ error: "Ogiltig version." }).int({ error: "Ogiltig version." }).min(1, { error: "Ogiltig version." });

/**
 * For a form that both creates and edits: editing (the id is given) needs the revision the editor
 * started from, so a save without one is refused rather than allowed to overwrite.
 */
export const revisionWhenEditing =
  <K extends string>(idKey: K) =>
  (input: Partial<Record<K, unknown>> & { expectedRevision?: number }, ctx: z.core.$RefinementCtx) => {
    if (input[idKey] !== undefined && input.expectedRevision === undefined)
      ctx.addIssue({ code: "custom", path: ["expectedRevision"], message: "Ogiltig version. Ladda om sidan och gör om ändringen." });
  };

export const UpdateVisionInputSchema = z.object({
  malbildId: IdSchema,
  expectedRevision: RevisionSchema,
  vision: z
    .string({ error: "Skriv visionen." })
    .trim()
    .min(1, { error: "Visionen får inte vara tom." })
    .max(VISION_MAX, { error: `Visionen får vara högst ${VISION_MAX} tecken.` }),
});
export type UpdateVisionInput = z.infer<typeof UpdateVisionInputSchema>;

export const UpdateStatementInputSchema = z.object({
  statementId: IdSchema,
  expectedRevision: RevisionSchema,
  text: z
    .string({ error: "Skriv påståendet." })
    .trim()
    .min(3, { error: "Påståendet måste ha minst 3 tecken." })
    .max(STATEMENT_MAX, { error: `Påståendet får vara högst ${STATEMENT_MAX} tecken.` }),
});
export type UpdateStatementInput = z.infer<typeof UpdateStatementInputSchema>;

export interface Statement {
  id: string;
  perspectiveId: string | null;
  position: number;
  text: string;
  revision: number;
}

export interface Perspective {
  id: string;
  position: number;
  title: string;
  description: string;
  statements: Statement[];
}

export interface Shift {
  id: string;
  position: number;
  fromText: string;
  toText: string;
}

export interface Principle {
  id: string;
  position: number;
  text: string;
}

export interface JourneyStage {
  id: string;
  position: number;
  title: string;
}

export interface FaqEntry {
  id: string;
  position: number;
  question: string;
  answer: string;
}

/** A målbild with all its content, as the portal shows it. */
/** A version in the list of a programme's målbild versions. */
export interface MalbildVersionSummary {
  id: string;
  versionNumber: number;
  title: string;
  status: MalbildStatus;
  adoptedOn: string | null;
  updatedAt: Date;
}

export interface MalbildView {
  id: string;
  versionNumber: number;
  /** Bumped on every change; editors send it back so a stale save is a conflict. */
  revision: number;
  title: string;
  vision: string;
  goal: string | null;
  introduction: string;
  /** Where the content comes from, and what of it is demo data. */
  sourceNote: string;
  status: MalbildStatus;
  adoptedOn: string | null;
  updatedAt: Date;
  perspectives: Perspective[];
  /** Statements not placed under a perspective (Värmland's five citizen statements). */
  statements: Statement[];
  shifts: Shift[];
  principles: Principle[];
  journey: JourneyStage[];
  faq: FaqEntry[];
}

export const AddStatementInputSchema = z.object({
  malbildId: IdSchema,
  perspectiveId: IdSchema.nullish(),
  text: UpdateStatementInputSchema.shape.text,
});
export type AddStatementInput = z.infer<typeof AddStatementInputSchema>;

export const RemoveStatementInputSchema = z.object({ statementId: IdSchema });
