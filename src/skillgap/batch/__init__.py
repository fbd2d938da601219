"""Batch runs over folders of profiles: the run, the worker pool, the cohort, and a Dask recipe."""
