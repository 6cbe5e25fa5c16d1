"""Where the project's own files are: the checkout that holds the package."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = PROJECT_ROOT / "templates"
MIGRATIONS = PROJECT_ROOT / "migrations"
TRANSLATIONS = Path(__file__).resolve().parent / "translations"
