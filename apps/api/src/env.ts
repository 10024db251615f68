import { z } from "zod";
import { databaseOptionsFromEnv } from "@naravard/db";

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /**
     * The secret the portal and the admin share with the API to vouch for a visitor's address
     * (decision 016). Required in production: without it every visitor would count as the app
     * server's one address, and anyone's wrong passwords would hold everyone's sign-in.
     */
    API_APP_SECRET: z.string().min(1).optional(),
    API_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
    API_HOST: z.string().default("127.0.0.1"),
    /** How long the public's reads may be served from the API's cache (0 turns it off); writes empty it at once. */
    API_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
    /** Seeds the three programmes (idempotent) after migrating, before serving: `pnpm start` sets it. */
    NARAVARD_SEED: z
      .enum(["0", "1"])
      .default("0")
      .transform((v) => v === "1"),
    /** Exposes /debug/bench (statement counts, memory) for the benchmark; never set in production. */
    NARAVARD_BENCH: z
      .enum(["0", "1"])
      .default("0")
      .transform((v) => v === "1"),
  })
  .refine((env) => env.NODE_ENV !== "production" || (env.API_APP_SECRET?.length ?? 0) >= 16, {
    path: ["API_APP_SECRET"],
    error: "API_APP_SECRET krävs i produktion (minst 16 tecken, samma värde i API:t, portalen och admin).",
  });

/** The API's environment, validated once at start-up. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env) {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    console.error("Ogiltig miljö för API:t:", z.prettifyError(parsed.error));
    process.exit(1);
  }
  return { ...parsed.data, database: databaseOptionsFromEnv(source) };
}
