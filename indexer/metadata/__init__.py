"""Stage 1, metadata: takes a RawDocument's text and sidecar, gives facet Metadata (programmes, years, countries, title) with evidence.

Its knowledge (programmes, places) lives in ``data/``; it imports only ``indexer.documents``.
"""
