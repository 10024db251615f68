import { useNavigation } from "@remix-run/react";

/**
 * True while this page is posting the form with this intent and, when given, these hidden values
 * (the id of the row), so only the button that was pressed says "Sparar …".
 */
export function useIsPosting(intent: string, match: Record<string, string> = {}): boolean {
  const { state, formData, formMethod } = useNavigation();
  if (state !== "submitting" || formMethod?.toUpperCase() !== "POST" || !formData) return false;
  if (formData.get("intent") !== intent) return false;
  return Object.entries(match).every(([name, value]) => formData.get(name) === value);
}
