export { remix as default } from "@naravard/eslint-config";
