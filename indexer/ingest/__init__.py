"""Stage 2, ingestion: takes folders, gives SourceFiles (discovery) and cleaned RawDocuments (extract, clean), in isolated workers.

Uses the language and metadata stages for the work done inside a worker; knows nothing of the index.
"""
