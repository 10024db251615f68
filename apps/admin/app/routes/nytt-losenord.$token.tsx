import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { OneTimeTokenSchema } from "@naravard/domain";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { FormErrors, TextField } from "../components/fields.tsx";
import { InvalidLink } from "../components/invalid-link.tsx";
import { ResetPasswordFormSchema } from "../lib/account-forms.ts";
import { apiErrorCode, apiFieldErrors, apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { readFormData } from "../lib/request.server.ts";
import { signInAndRedirect } from "../lib/sign-in.server.ts";
import { assertSameOrigin } from "../lib/security.server.ts";

export const meta: MetaFunction = ({ error }) => [{ title: error ? errorTitle(error) : pageTitle("Välj nytt lösenord") }];

const unusable = (status: 404 | 410) => data({ unusable: true as const }, { status });

// The API cannot say whether a reset link is still good without using it (it keeps only the
// hash), so the form is shown for any well-formed link and a spent one is told so on submit.
export function loader({ params }: LoaderFunctionArgs) {
  return OneTimeTokenSchema.safeParse(params.token).success ? { unusable: false as const } : unusable(404);
}

export async function action({ request, params }: ActionFunctionArgs) {
  // Public pages with no session: the cross-site check that requireUser makes for the others.
  assertSameOrigin(request);
  const token = OneTimeTokenSchema.safeParse(params.token);
  if (!token.success) return unusable(404);
  const submission = parseWithZod(await readFormData(request), { schema: ResetPasswordFormSchema });
  const hideFields = ["password", "confirmPassword"];
  if (submission.status !== "success") return data(submission.reply({ hideFields }), { status: 400 });
  let email: string;
  try {
    ({ email } = await apiFor().account.resetPassword.mutate({ token: token.data, password: submission.value.password }));
  } catch (error) {
    const code = apiErrorCode(error);
    if (code === "NOT_FOUND") return unusable(410);
    if (code === "BAD_REQUEST") return data(submission.reply({ fieldErrors: apiFieldErrors(error), hideFields }), { status: 400 });
    return rethrowUnexpected(error);
  }
  return signInAndRedirect(request, { email, password: submission.value.password }, "/", "Ditt nya lösenord är sparat. Du är utloggad i alla andra webbläsare.");
}

export default function ResetPasswordPage() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  const lastResult = actionData && "status" in actionData ? actionData : undefined;
  const [form, fields] = useForm({
    id: "nytt-losenord",
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ResetPasswordFormSchema }),
  });
  if (loaded.unusable || (actionData && "unusable" in actionData)) return <InvalidLink kind="reset" />;
  return (
    <div className="narrow">
      <h1>Välj nytt lösenord</h1>
      <p>Välj ett nytt lösenord till ditt konto. När det är sparat loggas du in här och ut i alla andra webbläsare.</p>
      <Form method="post" className="form" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField field={fields.password} label="Nytt lösenord" hint="Minst 12 tecken. En mening du minns är ett bra lösenord." type="password" autoComplete="new-password" />
        <TextField field={fields.confirmPassword} label="Skriv lösenordet igen" type="password" autoComplete="new-password" />
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? "Sparar …" : "Spara lösenordet och logga in"}
        </button>
      </Form>
    </div>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
