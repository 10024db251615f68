import { DEMO_PASSWORD } from "../cli/demo-password.ts";

/**
 * The password the seeded coordinators get: SEED_COORDINATOR_PASSWORD, or the documented demo
 * password outside production. In production the demo password is refused, and so is seeding
 * without a password of one's own.
 */
export function seedPasswordFromEnv(env: NodeJS.ProcessEnv = process.env): { password: string; demo: boolean } | { error: string } {
  const production = env.NODE_ENV === "production";
  const password = env.SEED_COORDINATOR_PASSWORD ?? (production ? undefined : DEMO_PASSWORD);
  if (!password)
    return {
      error:
        "Vägrar att skapa demosamordnare med ett känt lösenord i produktion (NODE_ENV=production). Sätt SEED_COORDINATOR_PASSWORD till ett eget starkt lösenord.",
    };
  if (production && password === DEMO_PASSWORD) return { error: "Demolösenordet får inte användas i produktion. Välj ett annat SEED_COORDINATOR_PASSWORD." };
  return { password, demo: password === DEMO_PASSWORD };
}
