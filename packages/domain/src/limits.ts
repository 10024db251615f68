/** Limits and lifetimes, apart from the zod schemas so browser code can use them without zod. */
/** A session lasts two weeks from sign-in. */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
export const PASSWORD_MIN = 12;
/** Invitations and reset links are valid for a week and one day respectively. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const RESET_TTL_MS = 24 * 60 * 60 * 1000;
export const VISION_MAX = 2000;
export const STATEMENT_MAX = 300;
/** Slide decks are PDFs of at most 20 MB; the file's first bytes must say PDF too. */
export const MATERIAL_MAX_BYTES = 20 * 1024 * 1024;
export const INPUT_TEXT_MAX = 2000;
/** Links and e-mail addresses are bounded like every other text (RFC 5321 allows 254 characters of address). */
export const URL_MAX = 2000;
export const EMAIL_MAX = 254;
