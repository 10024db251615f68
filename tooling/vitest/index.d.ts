import type { ViteUserConfig } from "vitest/config";
export declare const sharedConfig: ViteUserConfig;
export default sharedConfig;
