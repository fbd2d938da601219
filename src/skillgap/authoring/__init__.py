"""Writing inputs: the profile questionnaire, résumé import, profile drafts and mentor reviews."""
