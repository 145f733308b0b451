"""Training-data tooling for npf-graph models (not shipped with the package)."""
