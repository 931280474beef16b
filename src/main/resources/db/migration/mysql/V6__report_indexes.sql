-- The summary report (reporting.ProgramFigures) loads the ledger summed per project and entry type
-- once; this index covers that sum, so the load reads the index alone, not the wide ledger rows.
CREATE INDEX ix_ledger_project_type_amount ON ledger_entry (project_id, entry_type, amount);

-- Afterwards every report reads again only the projects changed lately.
CREATE INDEX ix_project_updated ON project (updated_at);
