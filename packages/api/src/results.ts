import { TRPCError } from "@trpc/server";
import type { EditResult } from "@naravard/db";

/** Carries what is saved now, so the editor sees what someone else changed (see errorFormatter). */
export class ConflictError extends Error {
  constructor(readonly current: unknown) {
    super("conflict");
  }
}

/** Turns a data function's outcome into the row, or the matching client error. */
export function unwrapEdit<T>(result: EditResult<T>, what: string): T {
  switch (result.status) {
    case "ok":
      return result.row;
    case "not_found":
      throw new TRPCError({ code: "NOT_FOUND", message: `${what} finns inte.` });
    case "read_only":
      throw new TRPCError({ code: "PRECONDITION_FAILED", message: "Versionen är ersatt av en nyare och kan inte ändras." });
    case "conflict":
      throw new TRPCError({
        code: "CONFLICT",
        message: "Någon annan har sparat en ändring medan du redigerade. Se den sparade texten nedan, gör om din ändring och spara igen.",
        cause: new ConflictError(result.current),
      });
  }
}

/** The tRPC error code of an error thrown by a server-side caller, or null. */
export const apiErrorCodeOf = (error: unknown): string | null => (error instanceof TRPCError ? error.code : null);
