"""Live reload (SIGHUP, or `python -m bot flows reload`): edited flows, texts and directory are
checked first and swapped in only if all of them are valid; otherwise the bot keeps running on
what it has, and the log says why. Conversations under way stay on their version."""

from __future__ import annotations

from pathlib import Path

import structlog
from aiogram import Dispatcher

from bot.content import load_content
from bot.runtime import Runtime
from flows.script import FLOWS_DIR, FlowError
from i18n.catalog import I18N_DIR, CatalogError

log = structlog.get_logger(__name__)


async def reload_flows(
    runtime: Runtime,
    dispatcher: Dispatcher,
    flows_dir: Path = FLOWS_DIR,
    i18n_dir: Path = I18N_DIR,
) -> bool:
    try:
        content = load_content(flows_dir, i18n_dir)
    except (FlowError, CatalogError, OSError) as error:
        problems = getattr(error, "problems", None) or [str(error)]
        log.error("flows_reload_refused", file=str(getattr(error, "path", "")), problems=problems)
        return False
    runtime.content = content
    dispatcher["catalog"] = content.catalog
    await runtime.keep_versions()
    log.info("flows_reloaded", versions={s.flow.id: s.version for s in content.scripts.values()})
    return True
