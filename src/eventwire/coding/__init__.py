"""Coding: CAMEO codes with Goldstein values and quad classes, and their PLOVER counterparts."""

from eventwire.coding.cameo import cameo_table, lookup, quad_class

__all__ = ["cameo_table", "lookup", "quad_class"]
