"""Benchmarks (`make bench`): measured against the stand-in Bot API, never part of the tests."""
