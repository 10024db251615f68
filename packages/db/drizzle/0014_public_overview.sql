-- The national overview needs a few public figures of every programme. Rather than one transaction
-- per programme, this function visits each programme in turn with that programme pinned, exactly
-- as the application pins it, so row-level security still decides every row it reads: one statement
-- for the page, whatever the number of programmes, and no policy loosened.
CREATE OR REPLACE FUNCTION naravard_public_overview() RETURNS jsonb LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
DECLARE
  t record;
  pinned text := current_setting('app.tenant_id', true);
  result jsonb := '[]'::jsonb;
BEGIN
  FOR t IN SELECT id FROM tenant ORDER BY id LOOP
    PERFORM set_config('app.tenant_id', t.id::text, true);
    result := result || jsonb_build_array(jsonb_build_object(
      'tenantId', t.id,
      'members', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', m.id, 'kind', m.kind, 'name', m.name)), '[]'::jsonb)
                  FROM member_organisation m WHERE m.tenant_id = t.id),
      'decisions', (SELECT coalesce(jsonb_agg(jsonb_build_object('memberId', d.member_id, 'status', d.status, 'decidedOn', d.decided_on,
                                                                 'decidingBody', d.deciding_body, 'createdAt', d.created_at)
                                              ORDER BY d.decided_on, d.created_at), '[]'::jsonb)
                    FROM adoption_decision d WHERE d.tenant_id = t.id),
      'activities', (SELECT coalesce(jsonb_agg(jsonb_build_object('status', a.status, 'progress', a.progress, 'count', a.n)), '[]'::jsonb)
                     FROM (SELECT status, progress, count(*)::int AS n FROM roadmap_activity WHERE tenant_id = t.id GROUP BY status, progress) a)
    ));
  END LOOP;
  PERFORM set_config('app.tenant_id', coalesce(pinned, ''), true);
  RETURN result;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION naravard_public_overview() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION naravard_public_overview() TO naravard_app;
