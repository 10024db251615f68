export { default } from "@naravard/vitest-config";
