"""Fluent catalogs, one folder per language, and the small loader that reads them."""
