import { z } from "zod";
import { databaseOptionsFromEnv } from "@naravard/db";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
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
