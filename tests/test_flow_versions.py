"""Publishing flows: a live reload takes valid edits only, and nobody is broken mid-conversation."""

import asyncio
import os
import shutil
import sys

from sqlalchemy import delete

from bot.runtime import reload_content
from bot.usecases.context import Scope, Visitor
from flows.script import FLOWS_DIR
from storage.models import FlowVersion
from storage.unit import UnitOfWork
from tests.processes import ROOT
from tests.test_conversations import texts
from tests.test_restart import start_bot_process


def edited_flows(tmp_path, old: str, new: str):
    folder = tmp_path / "flows"
    shutil.copytree(
        FLOWS_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__", "tests")
    )
    incident = folder / "incident.yaml"
    text = incident.read_text()
    assert old in text
    incident.write_text(text.replace(old, new))
    return folder


# The "who" step renamed: a person standing on "who" would be lost on the new version.
RENAMED = ("next: who\n", "next: affected\n")


def rename_who(tmp_path):
    folder = edited_flows(tmp_path, "  - id: who\n", "  - id: affected\n    key: who\n")
    incident = folder / "incident.yaml"
    incident.write_text(
        incident.read_text().replace(*RENAMED).replace("else: who}", "else: affected}")
    )
    return folder


async def versions_of(running, *user_ids: int) -> list[str]:
    """The flow version each person's sealed state names, opened as the bot would."""
    versions = []
    for user_id in user_ids:
        async with UnitOfWork(running.runtime.sessions) as uow:
            scope = Scope(uow, running.runtime, Visitor(user_id, user_id, "fr"))
            versions.append((await scope.person()).conversation.version)
    return versions


async def test_a_conversation_under_way_stays_on_its_version(running, tmp_path):
    before = running.person(user_id=40_001)
    await before.send("/start")
    await before.press("Commencer")
    await before.press("Non, pas maintenant")
    await before.press("Autre chose")  # now on "who"
    old_version = running.runtime.scripts["incident"].version

    assert await reload_content(running.runtime, flows_dir=rename_who(tmp_path))
    assert running.runtime.scripts["incident"].version != old_version

    age = await before.press("Moi")  # a step the new version no longer has
    assert "tranche d'âge" in texts(age), "carries on, on the version it began with"
    after = running.person(user_id=40_002)
    await after.send("/start")
    await after.press("Commencer")
    await after.press("Non, pas maintenant")
    assert sorted(await versions_of(running, 40_001, 40_002)) == sorted(
        [old_version, running.runtime.scripts["incident"].version]
    )


async def test_a_broken_edit_is_refused_and_the_old_flows_keep_serving(
    running, tmp_path, log_output
):
    person = running.person(user_id=40_003)
    await person.send("/start")
    served = running.runtime.scripts
    broken = edited_flows(tmp_path, "next: danger\n", "next: dangr\n")
    assert not await reload_content(running.runtime, flows_dir=broken)
    assert running.runtime.scripts is served
    log = log_output.getvalue()
    assert "flows_reload_refused" in log and "next step 'dangr' does not exist" in log
    assert "Y a-t-il un danger" in texts(await person.press("Commencer"))


async def test_when_the_old_version_cannot_serve_any_more_a_kind_message_and_the_menu(
    running, tmp_path
):
    person = running.person(user_id=40_004)
    await person.send("/start")
    await person.press("Commencer")
    await person.press("Non, pas maintenant")
    await person.press("Autre chose")  # now on "who"
    old = running.runtime.scripts["incident"].version
    assert await reload_content(running.runtime, flows_dir=rename_who(tmp_path))
    async with running.runtime.sessions() as session:  # as after a restart, the old one purged
        await session.execute(delete(FlowVersion).where(FlowVersion.version == old))
        await session.commit()
    running.runtime.versions.pop(("incident", old))

    reply = await person.press("Moi")
    assert "mis à jour" in texts(reply) and "Rien de ce qui a été noté n'est perdu" in texts(reply)
    assert "Raconter ce qui s'est passé" in person.buttons()


async def test_flows_reload_asks_the_running_bot_by_sighup(telegram, data_dir):
    process = await start_bot_process(telegram, data_dir)
    try:
        env = {**os.environ, "DATA_DIR": str(data_dir)}
        asked = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "flows", "reload", cwd=ROOT, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        _, error = await asyncio.wait_for(asked.communicate(), 60)
        assert asked.returncode == 0, error.decode()
        await process.wait_for_log("flows_reloaded")
    finally:
        await process.terminate()
    assert not (data_dir / "abri.pid").exists(), "the pid file goes with the bot"
