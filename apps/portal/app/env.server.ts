import { z } from "zod";

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    API_URL: z.url({ error: "API_URL måste vara en adress, t.ex. http://127.0.0.1:4000" }).default("http://127.0.0.1:4000"),
    ADMIN_URL: z.string().default("http://localhost:3001"),
    /** Shared with the API to vouch for visitors' addresses (decision 016); the API client reads it. */
    API_APP_SECRET: z.string().min(1).optional(),
  })
  .refine((env) => env.NODE_ENV !== "production" || (env.API_APP_SECRET?.length ?? 0) >= 16, {
    path: ["API_APP_SECRET"],
    error: "API_APP_SECRET krävs i produktion (minst 16 tecken, samma värde i API:t, portalen och admin).",
  });

/** The portal's environment, validated once at start-up. */
export const env = (() => {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Ogiltig miljö för portalen: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
})();
