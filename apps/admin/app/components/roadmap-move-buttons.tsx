import { Form, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { moveAnchor } from "../lib/roadmap-form-data.ts";
import { useIsPosting } from "./roadmap-pending.ts";

interface Props {
  id: string;
  /** "området Samverkan": what a screen reader hears after "Flytta upp". */
  name: string;
  intent: string;
  pagePath: string;
  first: boolean;
  last: boolean;
}

/**
 * Reordering without a script: ↑ and ↓ each post one step. After the move the page comes back at
 * the pressed button; if the row is now first or last, that button is disabled, so the other one
 * takes the focus instead.
 */
export function MoveButtons({ id, name, intent, pagePath, first, last }: Props) {
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const { hash, key } = useLocation();
  useEffect(() => {
    const pressed = hash === `#${moveAnchor(id, "up")}` ? up.current : hash === `#${moveAnchor(id, "down")}` ? down.current : null;
    if (!pressed) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const other = pressed === up.current ? down.current : up.current;
    (pressed.disabled ? other : pressed)?.focus();
  }, [hash, key, id]);
  const postingUp = useIsPosting(intent, { id, direction: "up" });
  const postingDown = useIsPosting(intent, { id, direction: "down" });

  return (
    <div className="move-buttons" role="group" aria-label={`Ordning för ${name}`}>
      {(["up", "down"] as const).map((direction) => (
        <Form key={direction} method="post" action={pagePath} preventScrollReset className="inline-form">
          <input type="hidden" name="intent" value={intent} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="direction" value={direction} />
          <button
            type="submit"
            id={moveAnchor(id, direction)}
            ref={direction === "up" ? up : down}
            className="button button--secondary button--small"
            disabled={(direction === "up" ? first : last) || postingUp || postingDown}
          >
            <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
            <span className="visually-hidden">
              {direction === "up" ? "Flytta upp" : "Flytta ned"} {name}
            </span>
          </button>
        </Form>
      ))}
    </div>
  );
}
