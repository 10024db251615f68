import { z } from "zod";

const EnvSchema = z.object({
  API_URL: z.url({ error: "API_URL måste vara en adress, t.ex. http://127.0.0.1:4000" }).default("http://127.0.0.1:4000"),
  ADMIN_URL: z.string().default("http://localhost:3001"),
});

/** The portal's environment, validated once at start-up. */
export const env = (() => {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Ogiltig miljö för portalen: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
})();
