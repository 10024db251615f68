import { parseWithZod } from "@conform-to/zod/v4";
import { RetentionInputSchema } from "@naravard/domain";
import { redirectWithFlash } from "./flash.server.ts";
import { QuestionFormSchema, participationAnchors, participationFormIds } from "./participation-forms.ts";
import { questionFacts } from "./participation-view.ts";
import { type PageContext, invalid, refused, runIntent } from "./roadmap-form-actions.server.ts";

const questionFields = ["question", "purpose", "open"] as const;

async function saveQuestion(ctx: PageContext, formData: FormData) {
  const questionId = formData.get("questionId");
  const formId =
    typeof questionId === "string" && questionId ? participationFormIds.edit(questionId) : participationFormIds.create;
  const submission = parseWithZod(formData, { schema: QuestionFormSchema });
  if (submission.status !== "success") return invalid(formId, submission, questionFields);
  let saved: { id: string };
  try {
    saved = await ctx.api.publicInput.saveQuestion.mutate(submission.value);
  } catch (error) {
    const savedNow = async () => {
      const found = (await ctx.api.publicInput.questions.query()).find((q) => q.id === submission.value.questionId);
      return found ? questionFacts(found) : null;
    };
    return refused(ctx, formId, submission, error, { visibleFields: questionFields, savedNow });
  }
  const message = submission.value.open
    ? "Frågan är sparad och öppen för svar på portalen."
    : "Frågan är sparad och stängd för nya svar.";
  return redirectWithFlash(`${ctx.pageUrl}#${participationAnchors.item(saved.id)}`, message);
}

async function setRetention(ctx: PageContext, formData: FormData) {
  const formId = participationFormIds.retention;
  const submission = parseWithZod(formData, { schema: RetentionInputSchema });
  if (submission.status !== "success") return invalid(formId, submission, ["days"]);
  let result: { days: number; erased: number };
  try {
    result = await ctx.api.publicInput.setRetention.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: ["days"] });
  }
  const erased =
    result.erased === 0
      ? ""
      : ` Personuppgifterna i ${result.erased} ${result.erased === 1 ? "äldre synpunkt" : "äldre synpunkter"} raderades nu.`;
  return redirectWithFlash(
    `${ctx.pageUrl}#${formId}`,
    `Namn och e-post sparas nu i ${result.days} ${result.days === 1 ? "dag" : "dagar"}.${erased}`,
  );
}

/** Opens, closes or changes a question the public answers, or sets how long personal data is kept. */
export const runQuestionAction = (ctx: PageContext, formData: FormData) =>
  runIntent({ "save-question": saveQuestion, "set-retention": setRetention }, ctx, formData);
