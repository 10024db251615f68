import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { ArticleKind } from "@naravard/domain";
import { env } from "../env.server.ts";
import { apiFor, rethrowUnexpected } from "./api.server.ts";
import { redirectWithFlash } from "./flash.server.ts";
import {
  ArticleFormSchema,
  ArticleIdSchema,
  PARTICIPATION_FORBIDDEN,
  articleKinds,
  participationAnchors,
  participationFormIds,
  withTags,
} from "./participation-forms.ts";
import { articleFacts, bodyWasCleaned } from "./participation-view.ts";
import { type PageContext, invalid, refused, requireEditor, runIntent } from "./roadmap-form-actions.server.ts";
import { readFormData } from "./request.server.ts";
import { canEdit, notFound, requireMembership } from "./session.server.ts";

/**
 * The news page and the good-examples page: one implementation, the kind decides which articles
 * it lists and saves. The kind comes from the page's address, never from the form.
 */
export async function loadArticles({ request, params }: LoaderFunctionArgs, kind: ArticleKind) {
  const { token, membership } = await requireMembership(request, params.tenant);
  const api = apiFor({ token, tenant: membership.slug });
  const [articles, programme] = await Promise.all([api.article.list.query({ kind }), api.tenant.current.query()]).catch(
    rethrowUnexpected,
  );
  const { path } = articleKinds[kind];
  return {
    kind,
    programme: membership.name,
    pagePath: `/${membership.slug}/${path}`,
    portalHref: `${env.PORTAL_URL}/${membership.slug}/${path}`,
    mayEdit: canEdit(membership.role),
    today: new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" }),
    members: programme.members.map(({ id, name }) => ({ id, name })),
    articles: articles.map(({ id, title, lead, body, publishedOn, tags, members, revision }) => ({
      id,
      revision,
      title,
      lead,
      body,
      publishedOn,
      tags,
      members,
    })),
  };
}
/** The loader of a page bound to one kind, as `useLoaderData` and `meta` expect it. */
export type ArticlesLoader = (args: LoaderFunctionArgs) => ReturnType<typeof loadArticles>;

interface ArticleContext extends PageContext {
  kind: ArticleKind;
}

const articleFields = ["title", "lead", "body", "publishedOn", "tags", "memberIds"] as const;

async function saveArticle(ctx: ArticleContext, formData: FormData) {
  const articleId = formData.get("articleId");
  const formId = typeof articleId === "string" && articleId ? participationFormIds.edit(articleId) : participationFormIds.create;
  const submission = parseWithZod(withTags(formData), { schema: ArticleFormSchema });
  if (submission.status !== "success") return invalid(formId, submission, articleFields);
  let saved: { id: string };
  try {
    saved = await ctx.api.article.save.mutate({ ...submission.value, kind: ctx.kind });
  } catch (error) {
    const savedNow = async () => {
      const found = (await ctx.api.article.list.query({ kind: ctx.kind })).find((a) => a.id === submission.value.articleId);
      return found ? articleFacts(found) : null;
    };
    return refused(ctx, formId, submission, error, { visibleFields: articleFields, savedNow });
  }
  // The API sanitises the text; say so when that took something out, so nobody wonders where it went.
  const stored = (await ctx.api.article.list.query({ kind: ctx.kind })).find((a) => a.id === saved.id);
  const cleaned = stored ? bodyWasCleaned(submission.value.body, stored.body) : false;
  const message = articleKinds[ctx.kind].saved;
  return redirectWithFlash(
    `${ctx.pageUrl}#${participationAnchors.item(saved.id)}`,
    cleaned ? `${message} Skript och annan HTML som inte är tillåten togs bort ur texten.` : message,
  );
}

async function deleteArticle(ctx: ArticleContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: ArticleIdSchema });
  // The id comes from the page, not from typing: an unusable one is an article that is not there.
  if (submission.status !== "success") throw notFound();
  try {
    await ctx.api.article.delete.mutate(submission.value);
  } catch (error) {
    return refused(ctx, participationFormIds.remove(submission.value.articleId), submission, error, { visibleFields: [] });
  }
  return redirectWithFlash(`${ctx.pageUrl}#${participationAnchors.list}`, articleKinds[ctx.kind].removed);
}

export async function articleAction({ request, params }: ActionFunctionArgs, kind: ArticleKind) {
  const { token, membership } = await requireMembership(request, params.tenant);
  requireEditor(membership.role, PARTICIPATION_FORBIDDEN);
  const ctx = {
    request,
    kind,
    api: apiFor({ token, tenant: membership.slug }),
    pageUrl: `/${membership.slug}/${articleKinds[kind].path}`,
    forbidden: PARTICIPATION_FORBIDDEN,
  };
  return runIntent({ "save-article": saveArticle, "delete-article": deleteArticle }, ctx, await readFormData(request));
}
