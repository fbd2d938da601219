"""Pydantic models: the catalog, the profile and the assessment result."""
