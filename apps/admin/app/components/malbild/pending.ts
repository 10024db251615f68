import { useNavigation } from "@remix-run/react";

/** True while this page is posting the form with this intent (and, for a statement, this id). */
export function useIsPosting(intent: string, statementId?: string): boolean {
  const { state, formData, formMethod } = useNavigation();
  if (state !== "submitting" || formMethod?.toUpperCase() !== "POST" || !formData) return false;
  return formData.get("intent") === intent && (statementId === undefined || formData.get("statementId") === statementId);
}
