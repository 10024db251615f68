import { z } from "zod";

// Only for `remix vite:dev` and tests: a signed cookie needs some secret, and a real deployment
// must bring its own (enforced below).
const DEVELOPMENT_SECRET = "naravard-admin-development-secret";

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    API_URL: z.url({ protocol: /^https?$/, error: "API_URL måste vara en fullständig adress, t.ex. http://127.0.0.1:4000." }).default("http://127.0.0.1:4000"),
    PORTAL_URL: z.url({ protocol: /^https?$/, error: "PORTAL_URL måste vara en fullständig adress, t.ex. http://localhost:3000." }).default("http://localhost:3000"),
    SESSION_SECRET: z.string().min(1).optional(),
    /** Shared with the API to vouch for visitors' addresses (decision 016); the API client reads it. */
    API_APP_SECRET: z.string().min(1).optional(),
  })
  .refine((env) => env.NODE_ENV !== "production" || (env.API_APP_SECRET?.length ?? 0) >= 16, {
    path: ["API_APP_SECRET"],
    error: "API_APP_SECRET krävs i produktion (minst 16 tecken, samma värde i API:t, portalen och admin).",
  })
  .refine((env) => env.NODE_ENV !== "production" || (env.SESSION_SECRET?.length ?? 0) >= 16, {
    path: ["SESSION_SECRET"],
    error: "SESSION_SECRET krävs i produktion (minst 16 tecken).",
  })
  .transform((env) => ({
    ...env,
    API_URL: env.API_URL.replace(/\/+$/, ""),
    PORTAL_URL: env.PORTAL_URL.replace(/\/+$/, ""),
    SESSION_SECRET: env.SESSION_SECRET ?? DEVELOPMENT_SECRET,
  }));

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) throw new Error(`Ogiltig miljö för admin:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Validated once, when the server first loads this module: a bad deployment fails at start. */
export const env = parseEnv(process.env);
