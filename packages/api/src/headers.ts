/** HTTP header that names the tenant a request is about (set by the apps' tRPC client). */
export const TENANT_HEADER = "x-naravard-tenant";
