import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { notFound } from "../lib/session.server.ts";

// Any address no route knows: the same Swedish 404 page as a programme one may not see.
export const loader = () => {
  throw notFound();
};

export default function NotFoundPage() {
  return null;
}

export const ErrorBoundary = GeneralErrorBoundary;
