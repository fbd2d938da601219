"""The catalog: reading and indexing (with ``extends``), name matching, lint and the cache."""
