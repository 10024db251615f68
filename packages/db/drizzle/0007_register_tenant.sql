-- The application role may not write the tenant registry directly; platform administrators create
-- tenants through this one narrow function (the API checks who may call it).
CREATE OR REPLACE FUNCTION naravard_register_tenant(
  p_slug text, p_name text, p_programme_name text, p_kind tenant_kind, p_county_code text, p_description text
) RETURNS uuid LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  INSERT INTO tenant (slug, name, programme_name, kind, county_code, description)
  VALUES (p_slug, p_name, p_programme_name, p_kind, p_county_code, p_description)
  ON CONFLICT (slug) DO NOTHING
  RETURNING id
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION naravard_register_tenant(text, text, text, tenant_kind, text, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION naravard_register_tenant(text, text, text, tenant_kind, text, text) TO naravard_app;
