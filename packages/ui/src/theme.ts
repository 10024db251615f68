import type { CSSProperties } from "react";

/** The platform's accent colour (contrast 8.6:1 on white) for programmes that have not chosen one. */
export const DEFAULT_ACCENT = "#00594f";

/** CSS custom properties for a programme's theme; the colour was checked for WCAG AA when it was saved. */
export function themeStyle(accentColor: string | null | undefined): CSSProperties {
  const accent = accentColor && /^#[0-9a-f]{6}$/i.test(accentColor) ? accentColor : DEFAULT_ACCENT;
  return { "--accent": accent } as CSSProperties;
}
