"""The support associations' dashboard: anonymous statistics, a separate web process."""
