"""The assessment use case, below batch and the front: load, check, assess, plan, match, views."""
