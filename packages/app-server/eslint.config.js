export { default } from "@naravard/eslint-config";
