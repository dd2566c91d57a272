"""Stage 1, language: takes cleaned text, gives Segments with their language, and one analyser per language.

Imports only ``indexer.documents``; ingestion, the schema and the query parser use what it gives.
"""
