"""What volunteers edit, loaded and checked as one immutable whole: the texts, the flows, the
referral directory and the crisis words. A reload builds a new Content and swaps it in at once;
each update reads the one it started with, so it never sees half of an edit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from flows.crisis import CrisisWords, load_crisis_words
from flows.directory import DIRECTORY_FILE, Directory, load_directory
from flows.script import FLOWS_DIR, Script, load_scripts
from i18n.catalog import I18N_DIR, Catalog, load_catalog


@dataclass(frozen=True)
class Content:
    catalog: Catalog
    scripts: Mapping[str, Script]  # the current version of each flow, by id
    directory: Directory
    crisis_words: CrisisWords


def load_content(flows_dir: Path = FLOWS_DIR, i18n_dir: Path = I18N_DIR) -> Content:
    """Every file checked against the others (each text id a flow uses exists in every
    language); any problem raises FlowError or CatalogError with all of them."""
    catalog = load_catalog(i18n_dir)
    scripts = load_scripts(flows_dir, check_text=catalog.missing)
    directory = load_directory(flows_dir / DIRECTORY_FILE.name, check_text=catalog.missing)
    return Content(catalog, scripts, directory, load_crisis_words(flows_dir / "crisis"))
