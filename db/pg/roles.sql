-- irdesk on PostgreSQL: the three roles `irdesk init` makes, and what each
-- may do.  They are group roles (NOLOGIN): the city's DBA grants them to
-- the staff's login roles (GRANT irdesk_editor TO alice).  A reader reads;
-- an editor adds and changes records and appends to their history (never
-- rewrites it, never writes the role column); the administrator may also
-- delete (restore, the GDPR erasure).  Run again after a migration.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'irdesk_reader') THEN
        CREATE ROLE irdesk_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'irdesk_editor') THEN
        CREATE ROLE irdesk_editor NOLOGIN IN ROLE irdesk_reader;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'irdesk_admin') THEN
        CREATE ROLE irdesk_admin NOLOGIN IN ROLE irdesk_editor;
    END IF;
END $$;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO irdesk_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO irdesk_reader;
GRANT INSERT, UPDATE ON city, agreement, network, network_role, initiative,
    initiative_priority, statement, assessment, visit, project, contact, decision, view,
    meta, attachment
    TO irdesk_editor;
-- links are made and removed at the desk
GRANT INSERT, UPDATE, DELETE ON link TO irdesk_editor;
GRANT INSERT (kind, record_id, at, "user", action, field, old, new, note, source, note_en)
    ON history TO irdesk_editor;
GRANT INSERT (kind, record_id, at, "user", body) ON note TO irdesk_editor;
GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA public TO irdesk_editor;
GRANT ALL ON ALL TABLES IN SCHEMA public TO irdesk_admin;
GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO irdesk_admin;
