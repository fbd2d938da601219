"""Reading input: YAML and JSON with positions, checking against the models, finding files."""
