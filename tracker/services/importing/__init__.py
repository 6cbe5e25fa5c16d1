"""Import: a resolution file in, the resolution, its paragraphs and its obligations out.

- ``service``: ``import_file`` (the one entry point of the upload page, the API and the CLI: the
  reader chosen by content, one rule for the source text kept) and ``import_resolution`` (a
  parsed resolution);
- ``plan``: what an import writes (eIds, an obligation's fields, starting status, review reasons,
  the "created" history entry), decided once; ``create`` and ``reimport`` execute it through the
  INSERTs of ``rows``;
- ``batch``: many files, one transaction each.
"""

from .batch import BatchReport, import_batch, resolution_files
from .plan import (
    IMPORT_ACTOR,
    STANDING_KINDS,
    AlreadyImported,
    symbol_variants,
)
from .result import ImportResult
from .review import LOW_CONFIDENCE, Preview, Review, ReviewPoint, preview
from .service import Lookups, find_resolution, import_file, import_resolution, read_resolution

__all__ = [
    "IMPORT_ACTOR",
    "LOW_CONFIDENCE",
    "STANDING_KINDS",
    "AlreadyImported",
    "BatchReport",
    "ImportResult",
    "Lookups",
    "Preview",
    "Review",
    "ReviewPoint",
    "find_resolution",
    "import_batch",
    "import_file",
    "import_resolution",
    "preview",
    "read_resolution",
    "resolution_files",
    "symbol_variants",
]
