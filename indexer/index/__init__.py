"""Stage 3, indexing: takes SourceFiles, gives a whoosh index (schema, generations, manifest, text cache) and its status.

``pipeline`` is the only module that knows the order of the stages; nothing here imports ``indexer.search``.
"""
