-- The non-owner role the application switches to in every transaction (SET LOCAL ROLE), so
-- row-level security applies even though the connecting user owns the tables.
DO $$
BEGIN
  CREATE ROLE naravard_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
--> statement-breakpoint
GRANT naravard_app TO CURRENT_USER;
