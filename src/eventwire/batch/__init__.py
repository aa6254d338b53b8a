"""Batch runs: ingest many articles into a store (multi-process on one machine)."""
