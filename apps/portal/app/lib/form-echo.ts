import type { SubmissionResult } from "@conform-to/react";

/**
 * What a refused form sends back to its page: the messages, and the reader's own values so they
 * need not type them again — but only the form's own fields, each cut at `max` characters. The
 * reply conform builds echoes every posted field whole, so a large post came back as a page twice
 * its size (once in the form, once in the page's data).
 */
export function echoReply(reply: SubmissionResult, fields: readonly string[], max: number): SubmissionResult {
  const initialValue: Record<string, string> = {};
  for (const name of fields) {
    const value = reply.initialValue?.[name];
    if (typeof value === "string") initialValue[name] = value.slice(0, max);
  }
  const error: Record<string, string[] | null> = {};
  for (const [name, messages] of Object.entries(reply.error ?? {})) {
    if (name === "" || fields.includes(name)) error[name] = messages;
  }
  return { status: reply.status, initialValue, error };
}
