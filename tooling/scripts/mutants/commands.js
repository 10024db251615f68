// The narrow test commands a mutant names (the same helpers as tooling/scripts/mutants.mjs).
export const api = (file, filter) => `pnpm --filter @naravard/api exec vitest run ${file}${filter ? ` -t "${filter}"` : ""}`;
export const db = (file) => `pnpm --filter @naravard/db exec vitest run ${file}`;
export const server = (file, filter) => `pnpm --filter @naravard/api-server exec vitest run ${file}${filter ? ` -t "${filter}"` : ""}`;
export const admin = (file) => `pnpm --filter @naravard/admin exec vitest run ${file}`;
export const portal = (file) => `pnpm --filter @naravard/portal exec vitest run ${file}`;
