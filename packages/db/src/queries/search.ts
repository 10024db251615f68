import { sql } from "drizzle-orm";
import { queryRows } from "../client.ts";
import type { Tx } from "../scope.ts";

export interface SearchHit {
  kind: "malbild" | "statement" | "perspective" | "shift" | "principle" | "faq" | "activity" | "event" | "article";
  id: string;
  title: string;
  snippet: string;
  rank: number;
}

/**
 * Full-text search over the programme's content with PostgreSQL's Swedish configuration
 * ("kommunerna" finds "kommun"), ranked, with highlighted snippets (<mark>). The snippet is built
 * from text that is HTML-escaped first, so only our own <mark> tags reach the page.
 */
export function searchContent(tx: Tx, { tenantId, q, limit }: { tenantId: string; q: string; limit: number }): Promise<SearchHit[]> {
  return queryRows<SearchHit>(
    tx,
    sql`
    with query as (select websearch_to_tsquery('swedish', ${q}) as q),
    docs as (
      select 'malbild' as kind, m.id, m.title, m.title || '. ' || m.vision || '. ' || m.introduction as body from malbild m
        where m.tenant_id = ${tenantId} and m.status <> 'superseded' and m.status <> 'draft'
      union all select 'statement', st.id, st.text, st.text from statement st join malbild m on m.id = st.malbild_id and m.tenant_id = ${tenantId}
        where st.tenant_id = ${tenantId} and m.status = 'adopted'
      union all select 'perspective', p.id, p.title, p.title || '. ' || p.description from perspective p join malbild m on m.id = p.malbild_id and m.tenant_id = ${tenantId}
        where p.tenant_id = ${tenantId} and m.status = 'adopted'
      union all select 'shift', sh.id, sh.from_text || ' → ' || sh.to_text, sh.from_text || ' → ' || sh.to_text from shift sh join malbild m on m.id = sh.malbild_id and m.tenant_id = ${tenantId}
        where sh.tenant_id = ${tenantId} and m.status = 'adopted'
      union all select 'principle', pr.id, pr.text, pr.text from principle pr join malbild m on m.id = pr.malbild_id and m.tenant_id = ${tenantId}
        where pr.tenant_id = ${tenantId} and m.status = 'adopted'
      union all select 'faq', f.id, f.question, f.question || '. ' || f.answer from faq_entry f join malbild m on m.id = f.malbild_id and m.tenant_id = ${tenantId}
        where f.tenant_id = ${tenantId} and m.status = 'adopted'
      union all select 'activity', a.id, a.title, a.title || '. ' || a.description from roadmap_activity a where a.tenant_id = ${tenantId}
      union all select 'event', e.id, e.title, e.title || '. ' || e.description from event e where e.tenant_id = ${tenantId}
      union all select 'article', ar.id, ar.title, ar.title || '. ' || ar.lead || '. ' || regexp_replace(ar.body, '<[^>]*>', ' ', 'g') from article ar where ar.tenant_id = ${tenantId}
    )
    select d.kind, d.id, d.title,
      ts_headline('swedish', replace(replace(replace(d.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), query.q,
        'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snippet,
      ts_rank(to_tsvector('swedish', d.title), query.q) * 2 + ts_rank(to_tsvector('swedish', d.body), query.q) as rank
    from docs d, query
    where to_tsvector('swedish', d.title || ' ' || d.body) @@ query.q
    order by rank desc, d.title
    limit ${limit}`,
  );
}
