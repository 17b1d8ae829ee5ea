"""Live reload (SIGHUP, or `python -m bot flows reload`): edited flows, texts and directory are
checked first and swapped in only if all of them are valid; otherwise the bot keeps running on
what it has, and the log says why. Conversations under way stay on their version."""

from __future__ import annotations

from pathlib import Path

import structlog
from aiogram import Dispatcher

from bot.runtime import Runtime
from flows.directory import DIRECTORY_FILE, load_directory
from flows.script import FLOWS_DIR, FlowError, load_scripts
from i18n.catalog import I18N_DIR, CatalogError, load_catalog

log = structlog.get_logger(__name__)


async def reload_flows(
    runtime: Runtime,
    dispatcher: Dispatcher,
    flows_dir: Path = FLOWS_DIR,
    i18n_dir: Path = I18N_DIR,
) -> bool:
    try:
        catalog = load_catalog(i18n_dir)
        scripts = load_scripts(flows_dir, check_text=catalog.missing)
        directory = load_directory(flows_dir / DIRECTORY_FILE.name, check_text=catalog.missing)
    except (FlowError, CatalogError, OSError) as error:
        problems = getattr(error, "problems", None) or [str(error)]
        log.error("flows_reload_refused", file=str(getattr(error, "path", "")), problems=problems)
        return False
    runtime.catalog, runtime.scripts, runtime.directory = catalog, scripts, directory
    dispatcher["catalog"] = catalog
    await runtime.keep_versions()
    log.info("flows_reloaded", versions={s.flow.id: s.version for s in scripts.values()})
    return True
