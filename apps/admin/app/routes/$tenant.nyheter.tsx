import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ArticlesPage, articlesMeta } from "../components/articles-page.tsx";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { articleAction, loadArticles } from "../lib/article-page.server.ts";

// One implementation for news and good examples (components/articles-page.tsx); this page is the "news" kind.
export const meta = articlesMeta;
export const loader = (args: LoaderFunctionArgs) => loadArticles(args, "news");
export const action = (args: ActionFunctionArgs) => articleAction(args, "news");
export default ArticlesPage;
export const ErrorBoundary = GeneralErrorBoundary;
