CREATE TABLE "activity_tally" (
	"tenant_id" uuid NOT NULL,
	"status" "activity_status" NOT NULL,
	"progress" integer NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "activity_tally_tenant_id_status_progress_pk" PRIMARY KEY("tenant_id","status","progress")
);
--> statement-breakpoint
ALTER TABLE "activity_tally" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "activity_tally" ADD CONSTRAINT "activity_tally_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "activity_tally" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
ALTER TABLE "activity_tally" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "activity_tally" TO naravard_app;
--> statement-breakpoint
-- The tally follows roadmap_activity statement by statement (a bulk insert of 100 000 activities
-- is one grouped upsert). It runs as the writer: the application role inside its programme's
-- transaction, whose rows alone the transition tables can hold, or the owner for maintenance.
-- Decrements only touch rows that exist, so a programme deleted with its tally (cascade) in
-- whatever order leaves nothing behind; rows that reach zero are removed.
CREATE FUNCTION naravard_tally_inserted() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO activity_tally AS t (tenant_id, status, progress, n)
    SELECT tenant_id, status, progress, count(*)::int FROM new_rows GROUP BY 1, 2, 3
    ON CONFLICT (tenant_id, status, progress) DO UPDATE SET n = t.n + excluded.n;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION naravard_tally_deleted() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE activity_tally t SET n = t.n - d.k
    FROM (SELECT tenant_id, status, progress, count(*)::int AS k FROM old_rows GROUP BY 1, 2, 3) d
    WHERE t.tenant_id = d.tenant_id AND t.status = d.status AND t.progress = d.progress;
  DELETE FROM activity_tally t USING (SELECT DISTINCT tenant_id FROM old_rows) d WHERE t.tenant_id = d.tenant_id AND t.n <= 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION naravard_tally_updated() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  -- Status or progress changed: add the new keys, take off the old (disjoint keys, one statement).
  WITH delta AS (
    SELECT tenant_id, status, progress, sum(k)::int AS k FROM (
      SELECT tenant_id, status, progress, 1 AS k FROM new_rows
      UNION ALL
      SELECT tenant_id, status, progress, -1 FROM old_rows
    ) x GROUP BY 1, 2, 3 HAVING sum(k) <> 0
  ), added AS (
    INSERT INTO activity_tally AS t (tenant_id, status, progress, n)
      SELECT tenant_id, status, progress, k FROM delta WHERE k > 0
      ON CONFLICT (tenant_id, status, progress) DO UPDATE SET n = t.n + excluded.n
      RETURNING 1
  )
  UPDATE activity_tally t SET n = t.n + d.k FROM delta d
    WHERE d.k < 0 AND t.tenant_id = d.tenant_id AND t.status = d.status AND t.progress = d.progress;
  DELETE FROM activity_tally t USING (SELECT DISTINCT tenant_id FROM old_rows) d WHERE t.tenant_id = d.tenant_id AND t.n <= 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER tally_inserted AFTER INSERT ON roadmap_activity REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION naravard_tally_inserted();
--> statement-breakpoint
CREATE TRIGGER tally_deleted AFTER DELETE ON roadmap_activity REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION naravard_tally_deleted();
--> statement-breakpoint
CREATE TRIGGER tally_updated AFTER UPDATE ON roadmap_activity REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION naravard_tally_updated();
--> statement-breakpoint
INSERT INTO activity_tally (tenant_id, status, progress, n)
  SELECT tenant_id, status, progress, count(*)::int FROM roadmap_activity GROUP BY 1, 2, 3;
--> statement-breakpoint
-- The national overview (migration 0014) reads the tally instead of counting every activity. Only
-- an ongoing activity's own progress counts in a roll-up (a finished one is 100 %, a planned one 0,
-- a paused one nothing), so the other statuses come as one group each: at most 104 groups per
-- programme. The programmes' figures are gathered in an array, not by concatenating a growing
-- jsonb value (which copied it whole for every programme).
CREATE OR REPLACE FUNCTION naravard_public_overview() RETURNS jsonb LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
DECLARE
  t record;
  pinned text := current_setting('app.tenant_id', true);
  parts jsonb[] := '{}';
BEGIN
  FOR t IN SELECT id FROM tenant ORDER BY id LOOP
    PERFORM set_config('app.tenant_id', t.id::text, true);
    parts := parts || jsonb_build_object(
      'tenantId', t.id,
      'members', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', m.id, 'kind', m.kind, 'name', m.name)), '[]'::jsonb)
                  FROM member_organisation m WHERE m.tenant_id = t.id),
      'decisions', (SELECT coalesce(jsonb_agg(jsonb_build_object('memberId', d.member_id, 'status', d.status, 'decidedOn', d.decided_on,
                                                                 'decidingBody', d.deciding_body, 'createdAt', d.created_at)
                                              ORDER BY d.decided_on, d.created_at), '[]'::jsonb)
                    FROM adoption_decision d WHERE d.tenant_id = t.id),
      'activities', (SELECT coalesce(jsonb_agg(jsonb_build_object('status', g.status, 'progress', g.progress, 'count', g.n)), '[]'::jsonb)
                     FROM (SELECT a.status,
                                  CASE a.status WHEN 'ongoing' THEN a.progress WHEN 'done' THEN 100 ELSE 0 END AS progress,
                                  sum(a.n)::int AS n
                           FROM activity_tally a WHERE a.tenant_id = t.id GROUP BY 1, 2) g)
    );
  END LOOP;
  PERFORM set_config('app.tenant_id', coalesce(pinned, ''), true);
  RETURN to_jsonb(parts);
END
$$;
