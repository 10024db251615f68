import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { compareSwedish, roleLabel } from "@naravard/domain";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { FormErrors, TextField } from "../components/fields.tsx";
import { useIsPosting } from "../components/roadmap-pending.ts";
import { ChangePasswordFormSchema } from "../lib/account-forms.ts";
import { apiErrorCode, apiFieldErrors, apiFor, clientAddress, rethrowUnexpected } from "../lib/api.server.ts";
import { redirectWithFlash } from "../lib/flash.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { loginUrlFor } from "../lib/redirect-to.ts";
import { readFormData } from "../lib/request.server.ts";
import { clearSessionCookie, requireUser } from "../lib/session.server.ts";

export const meta: MetaFunction = ({ error }) => [{ title: error ? errorTitle(error) : pageTitle("Ditt konto") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, memberships } = await requireUser(request);
  const programmes = [...memberships].sort((a, b) => compareSwedish(a.name, b.name)).map((m) => ({ slug: m.slug, name: m.name, role: roleLabel[m.role] }));
  return { name: user.name, email: user.email, programmes };
}

const hideFields = ["currentPassword", "newPassword", "confirmPassword"];

async function changePassword(request: Request, token: string, formData: FormData) {
  const submission = parseWithZod(formData, { schema: ChangePasswordFormSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields }), { status: 400 });
  const { currentPassword, newPassword } = submission.value;
  try {
    await apiFor({ token, clientAddress: clientAddress(request) }).account.changePassword.mutate({ currentPassword, newPassword });
  } catch (error) {
    const code = apiErrorCode(error);
    if (code === "UNAUTHORIZED") throw redirect(loginUrlFor(request.url), { headers: { "Set-Cookie": await clearSessionCookie() } });
    if (code === "BAD_REQUEST") {
      const fieldErrors = apiFieldErrors(error);
      // The API's one refusal that is not about a field's format is a wrong current password.
      const errors = Object.keys(fieldErrors).length > 0 ? fieldErrors : { currentPassword: [error instanceof Error ? error.message : "Det nuvarande lösenordet stämmer inte."] };
      return data(submission.reply({ fieldErrors: errors, hideFields }), { status: 400 });
    }
    if (code === "TOO_MANY_REQUESTS") return data(submission.reply({ formErrors: ["För många försök. Vänta en stund och försök igen."], hideFields }), { status: 429 });
    return rethrowUnexpected(error);
  }
  return redirectWithFlash("/konto", "Ditt lösenord är bytt. Du är utloggad i alla andra webbläsare.");
}

async function signOutEverywhere(token: string) {
  try {
    await apiFor({ token }).account.signOutEverywhere.mutate();
  } catch (error) {
    // A session that has already ended is the state asked for.
    if (apiErrorCode(error) !== "UNAUTHORIZED") return rethrowUnexpected(error);
  }
  return redirectWithFlash("/logga-in", "Du är utloggad i alla webbläsare, också den här.", { headers: { "Set-Cookie": await clearSessionCookie() } });
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireUser(request);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  if (intent === "change-password") return changePassword(request, token, formData);
  if (intent === "sign-out-everywhere") return signOutEverywhere(token);
  throw new Response("Okänd åtgärd.", { status: 400, statusText: "Bad Request" });
}

export default function AccountPage() {
  const { name, email, programmes } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const changing = navigation.state === "submitting" && navigation.formData?.get("intent") === "change-password";
  const signingOut = useIsPosting("sign-out-everywhere");
  const [form, fields] = useForm({
    id: "byt-losenord",
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangePasswordFormSchema }),
  });

  return (
    <div className="narrow">
      <h1>Ditt konto</h1>
      <p className="lead">
        {name} · {email}
      </p>
      {programmes.length > 0 ? (
        <section aria-labelledby="program-rubrik" className="panel">
          <h2 id="program-rubrik">Dina program</h2>
          <ul>
            {programmes.map((p) => (
              <li key={p.slug}>
                <Link to={`/${p.slug}`}>{p.name}</Link> – {p.role}
              </li>
            ))}
          </ul>
          <p className="hint">Vill du byta namn, e-postadress eller roll? Kontakta programmets samordnare.</p>
        </section>
      ) : null}

      <section aria-labelledby="losenord-rubrik" className="panel">
        <h2 id="losenord-rubrik">Byt lösenord</h2>
        <p>När du byter lösenord loggas du ut i alla andra webbläsare. Här är du fortfarande inloggad.</p>
        <Form method="post" className="form" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="change-password" />
          <FormErrors id={form.errorId} errors={form.errors} />
          <input type="hidden" name="username" value={email} autoComplete="username" />
          <TextField field={fields.currentPassword} label="Nuvarande lösenord" type="password" autoComplete="current-password" />
          <TextField field={fields.newPassword} label="Nytt lösenord" hint="Minst 12 tecken. En mening du minns är ett bra lösenord." type="password" autoComplete="new-password" />
          <TextField field={fields.confirmPassword} label="Skriv det nya lösenordet igen" type="password" autoComplete="new-password" />
          <button type="submit" className="button" disabled={changing}>
            {changing ? "Sparar …" : "Byt lösenord"}
          </button>
        </Form>
      </section>

      <section aria-labelledby="overallt-rubrik" className="panel">
        <h2 id="overallt-rubrik">Logga ut överallt</h2>
        <p>Har du glömt att logga ut på en annan dator, eller tappat bort en telefon? Då loggas du ut i alla webbläsare, också den här.</p>
        <Form method="post">
          <input type="hidden" name="intent" value="sign-out-everywhere" />
          <button type="submit" className="button button--secondary" disabled={signingOut}>
            {signingOut ? "Loggar ut …" : "Logga ut överallt"}
          </button>
        </Form>
      </section>
    </div>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
