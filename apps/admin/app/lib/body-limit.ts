import type { BodyLimit } from "@naravard/app-server";
import { MATERIAL_MAX_BYTES } from "@naravard/domain";

/**
 * How large a post to the admin may be (packages/app-server refuses a larger one with 413 before
 * any action runs). The longest form is an article: 100 000 characters, up to 9 bytes each once
 * form-encoded, so 1 MB. Only the two upload forms take more, as multipart: a slide deck (at most
 * MATERIAL_MAX_BYTES) on an event's page and an indicator import (5 MB) on the follow-up page.
 */
export const ADMIN_BODY_LIMIT: BodyLimit = {
  bytes: 1024 * 1024,
  uploads: { paths: [/^\/[^/]+\/evenemang\/[^/]+\/?$/, /^\/[^/]+\/uppfoljning\/?$/], bytes: MATERIAL_MAX_BYTES + 1024 * 1024 },
};
