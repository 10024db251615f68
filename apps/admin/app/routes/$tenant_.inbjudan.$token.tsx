import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { OneTimeTokenSchema } from "@naravard/domain";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { FormErrors, TextField } from "../components/fields.tsx";
import { InvalidLink } from "../components/invalid-link.tsx";
import { type InvitationForm, invitationFormSchema } from "../lib/account-forms.ts";
import { apiErrorCode, apiErrorMessage, apiFieldErrors, apiFor, clientAddress, rethrowUnexpected } from "../lib/api.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { readFormData } from "../lib/request.server.ts";
import { signInAndRedirect } from "../lib/sign-in.server.ts";
import { assertSameOrigin } from "../lib/security.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data: d, error }) => [
  { title: error ? errorTitle(error) : pageTitle(d?.invitation ? `Inbjudan till ${d.invitation.tenantName}` : "Inbjudan går inte att använda") },
];

const unusable = (status: 404 | 410) => data({ invitation: null }, { status });

/**
 * The invitation the link offers, or why there is none: a malformed token is no page (404), a
 * well-formed one the API does not know is used, revoked or too old (410 Gone).
 */
async function findInvitation(params: LoaderFunctionArgs["params"]) {
  const token = OneTimeTokenSchema.safeParse(params.token);
  if (!token.success || !params.tenant) return { token: null, invitation: null, status: 404 as const };
  try {
    const invitation = await apiFor({ tenant: params.tenant }).account.invitation.query({ token: token.data });
    return { token: token.data, invitation, status: 200 as const };
  } catch (error) {
    if (apiErrorCode(error) === "NOT_FOUND" || apiErrorCode(error) === "BAD_REQUEST") return { token: token.data, invitation: null, status: 410 as const };
    return rethrowUnexpected(error);
  }
}

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await findInvitation(params);
  if (!found.invitation) return unusable(found.status === 404 ? 404 : 410);
  const { tenantName, roleLabel, email } = found.invitation;
  return { invitation: { tenantName, roleLabel, email } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  // Public pages with no session: the cross-site check that requireUser makes for the others.
  assertSameOrigin(request);
  const found = await findInvitation(params);
  if (!found.invitation || !found.token) return unusable(found.status === 404 ? 404 : 410);
  const { email, tenantName, roleLabel } = found.invitation;
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: invitationFormSchema });
  const hideFields = ["password", "confirmPassword"];
  if (submission.status !== "success") return data(submission.reply({ hideFields }), { status: 400 });

  const { name, password } = submission.value;
  try {
    await apiFor({ tenant: params.tenant, clientAddress: clientAddress(request) }).account.acceptInvitation.mutate({ token: found.token, name, password });
  } catch (error) {
    const code = apiErrorCode(error);
    if (code === "UNAUTHORIZED")
      return data(submission.reply({ fieldErrors: { password: [`Lösenordet stämmer inte med kontot för ${email}.`] }, hideFields }), { status: 401 });
    if (code === "TOO_MANY_REQUESTS") return data(submission.reply({ formErrors: [apiErrorMessage(error, "För många försök. Vänta en stund och försök igen.")], hideFields }), { status: 429 });
    if (code === "BAD_REQUEST") return data(submission.reply({ fieldErrors: apiFieldErrors(error), hideFields }), { status: 400 });
    if (code === "NOT_FOUND") return unusable(410);
    return rethrowUnexpected(error);
  }
  return signInAndRedirect(request, { email, password }, `/${params.tenant}`, `Välkommen till ${tenantName}! Du har rollen ${roleLabel.toLowerCase()}.`);
}

export default function InvitationPage() {
  const { invitation } = useLoaderData<typeof loader>();
  if (!invitation) return <InvalidLink kind="invitation" />;
  return <AcceptForm {...invitation} />;
}

function AcceptForm({ tenantName, roleLabel, email }: { tenantName: string; roleLabel: string; email: string }) {
  const actionData = useActionData<typeof action>();
  const lastResult = actionData && "status" in actionData ? actionData : undefined;
  const submitting = useNavigation().state === "submitting";
  const [form, fields] = useForm<InvitationForm>({
    id: "inbjudan",
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: invitationFormSchema }),
  });
  return (
    <div className="narrow">
      <h1>Inbjudan till {tenantName}</h1>
      <p className="lead">
        Du är inbjuden som <strong>{roleLabel.toLowerCase()}</strong> i {tenantName}. Inbjudan gäller {email}.
      </p>
      <p>
        Har du redan ett konto för {email} (till exempel från ett annat program)? Ange då det kontots lösenord i båda
        lösenordsfälten; ditt konto och ditt namn blir som de är. Är du ny väljer du här ditt namn och ett lösenord.
      </p>
      <Form method="post" className="form" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="email" value={email} autoComplete="username" />
        <TextField field={fields.name} label="Ditt namn" hint="Syns för andra i programmet och i ändringsloggen." autoComplete="name" />
        <TextField
          field={fields.password}
          label="Lösenord"
          hint="Nytt konto: minst 12 tecken, en mening du minns är ett bra lösenord. Befintligt konto: dess lösenord."
          type="password"
          autoComplete="new-password"
        />
        <TextField field={fields.confirmPassword} label="Skriv lösenordet igen" type="password" autoComplete="new-password" />
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? "Tackar ja …" : "Tacka ja och logga in"}
        </button>
      </Form>
    </div>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
