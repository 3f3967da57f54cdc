"""docparse: read Vietnamese administrative documents into structured plans (no Django import)."""

from docparse.text import fold, normalize

__all__ = ["fold", "normalize"]
