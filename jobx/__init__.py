"""jobx: extract what job postings require."""

from __future__ import annotations

from .model import Posting
from .pipeline import extract

__version__ = "0.1.0"
__all__ = ["Posting", "__version__", "extract"]
