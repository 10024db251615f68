import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useEffect } from "react";
import { LoginInputSchema } from "@naravard/domain";
import { FormErrors, TextField } from "../components/fields.tsx";
import { apiErrorCode, apiErrorMessage, apiFieldErrors, apiFor, clientAddress, rethrowUnexpected } from "../lib/api.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { safeRedirectTo } from "../lib/redirect-to.ts";
import { readFormData } from "../lib/request.server.ts";
import { assertSameOrigin } from "../lib/security.server.ts";
import { commitSessionToken, getOptionalUser } from "../lib/session.server.ts";

export const meta: MetaFunction = ({ error }) => [{ title: error ? errorTitle(error) : pageTitle("Logga in") }];

export async function loader({ request }: LoaderFunctionArgs) {
  // Someone already signed in has nothing to do here.
  if (await getOptionalUser(request)) {
    throw redirect(safeRedirectTo(new URL(request.url).searchParams.get("redirectTo"), "/", request.url));
  }
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  // Signing in has no session yet, so requireUser's check does not run here: a forged login
  // would sign the victim into the attacker's account.
  assertSameOrigin(request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: LoginInputSchema });
  // The password is never sent back to the browser, not even to refill the form.
  if (submission.status !== "success") return data(submission.reply({ hideFields: ["password"] }), { status: 400 });

  try {
    const session = await apiFor({ clientAddress: clientAddress(request) }).auth.login.mutate(submission.value);
    const to = safeRedirectTo(formData.get("redirectTo"), "/", request.url);
    return redirect(to, { headers: { "Set-Cookie": await commitSessionToken(session.token, new Date(session.expiresAt)) } });
  } catch (error) {
    const code = apiErrorCode(error);
    if (code === "UNAUTHORIZED") {
      return data(submission.reply({ formErrors: ["Fel e-postadress eller lösenord."], hideFields: ["password"] }), { status: 401 });
    }
    if (code === "BAD_REQUEST") {
      return data(submission.reply({ fieldErrors: apiFieldErrors(error), hideFields: ["password"] }), { status: 400 });
    }
    if (code === "TOO_MANY_REQUESTS") {
      return data(submission.reply({ formErrors: [apiErrorMessage(error, "För många försök. Vänta en stund och försök igen.")], hideFields: ["password"] }), { status: 429 });
    }
    return rethrowUnexpected(error);
  }
}

export default function LoginPage() {
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "logga-in",
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LoginInputSchema }),
  });
  // The server never sends the password back; with a script running the field keeps its own
  // value, so empty it too and let a failed attempt look the same with and without JavaScript.
  const passwordId = fields.password.id;
  useEffect(() => {
    const password = lastResult ? document.getElementById(passwordId) : null;
    if (password instanceof HTMLInputElement) password.value = "";
  }, [lastResult, passwordId]);
  const submitting = navigation.state === "submitting";

  return (
    <div className="narrow">
      <h1>Logga in</h1>
      <p>Logga in med din e-postadress och ditt lösenord för att arbeta med ditt programs målbild.</p>
      <Form method="post" className="form" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="redirectTo" value={safeRedirectTo(searchParams.get("redirectTo"))} />
        <TextField field={fields.email} label="E-postadress" type="email" autoComplete="username" />
        <TextField field={fields.password} label="Lösenord" type="password" autoComplete="current-password" />
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? "Loggar in …" : "Logga in"}
        </button>
      </Form>
    </div>
  );
}
