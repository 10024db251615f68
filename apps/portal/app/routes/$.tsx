/** Every path no other route matches: the 404 page, with a real 404 status. */
export function loader() {
  throw new Response("Sidan finns inte.", { status: 404, statusText: "Not Found" });
}

export default function NotFound() {
  return null;
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
