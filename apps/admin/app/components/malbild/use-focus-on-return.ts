import { useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";

/**
 * After a save the page comes back at `#anchor`, and the form the user was in has been rebuilt
 * from the saved data, which drops keyboard focus to <body>. Put it back on `ref`'s element so a
 * keyboard or screen-reader user continues where they were. Focus the user has placed elsewhere
 * is never taken.
 */
export function useFocusOnReturn<T extends HTMLElement>(anchor: string) {
  const ref = useRef<T>(null);
  const { hash, key } = useLocation();
  useEffect(() => {
    if (hash !== `#${anchor}`) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    ref.current?.focus();
  }, [hash, key, anchor]);
  return ref;
}
