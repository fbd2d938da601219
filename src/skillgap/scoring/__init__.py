"""Scoring: standing against the catalog, the one scoring rule, evidence, the batch scorer."""
