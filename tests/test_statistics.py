"""What the bot counts: ids and days only, in the transaction of the step it counts."""

import pytest
from sqlalchemy import event, select

from bot.usecases import conversation
from bot.usecases.context import Scope, Visitor
from storage import stats
from storage.models import Person, StatCount
from storage.unit import UnitOfWork
from tests.test_conversations import walk_to_evidence


async def counted(running) -> dict[tuple[str, str, str, str], int]:
    """(event, flow, step, detail) → count, over every language, country and day."""
    totals: dict[tuple[str, str, str, str], int] = {}
    async with running.runtime.sessions() as session:
        for row in await session.scalars(select(StatCount)):
            key = (row.event, row.flow_id, row.step_id, row.detail)
            totals[key] = totals.get(key, 0) + row.count
    return totals


async def test_a_conversation_is_counted_step_by_step_with_ids_only(running):
    person = running.person(user_id=51_001)
    await walk_to_evidence(person, "Moi", "18 ans ou plus", "France", "Autre chose")
    await person.send("planted-stats-description")
    counts = await counted(running)
    assert counts[(stats.STARTED, "incident", "welcome", "")] == 1
    for step in ("welcome", "danger", "kind", "who", "age", "country", "describe", "links"):
        assert counts[(stats.REACHED, "incident", step, "")] == 1, step
    assert counts[(stats.ANSWERED, "incident", "who", "me")] == 1
    assert counts[(stats.ANSWERED, "incident", "country", "fr")] == 1
    assert counts[(stats.ANSWERED, "incident", "describe", "typed")] == 1
    async with running.runtime.sessions() as session:
        rows = list(await session.scalars(select(StatCount)))
    assert {row.language for row in rows} == {"fr"}
    assert {row.country for row in rows if row.step_id == "describe"} == {"fr"}
    assert {row.country for row in rows if row.step_id == "who"} == {""}, "not known yet"


async def test_going_back_and_forth_counts_a_person_once(running):
    person = running.person(user_id=51_002)
    await person.send("/start")
    await person.press("Commencer")
    await person.press("Non, pas maintenant")
    await person.press("← Retour")
    await person.press("Non, pas maintenant")
    counts = await counted(running)
    assert counts[(stats.REACHED, "incident", "danger", "")] == 1
    assert counts[(stats.ANSWERED, "incident", "danger", "no")] == 1
    assert counts[(stats.REACHED, "incident", "kind", "")] == 1


async def test_safety_actions_and_referrals_are_counted(running):
    person = running.person(user_id=51_003)
    await person.send("/start")
    await person.press("Commencer")
    await person.press("Oui, danger maintenant")  # the emergency step
    await person.send("/urgence")
    await person.send("/exit")
    counts = await counted(running)
    assert counts[(stats.EMERGENCY, "incident", "", "asked")] == 1
    assert counts[(stats.EMERGENCY, "incident", "emergency", "step")] == 1
    assert counts[(stats.QUICK_EXIT, "", "", "")] == 1

    other = running.person(user_id=51_005)
    await walk_to_evidence(other, "Moi", "18 ans ou plus", "Luxembourg", "Autre chose")
    await other.send("a description")
    await other.press("Je n'ai pas de lien")
    await other.press("Je ne sais pas")
    await other.press("Passer")
    await other.press("Continuer")
    counts = await counted(running)
    assert counts[(stats.REFERRAL, "incident", "referral", "police_lu")] == 1


async def test_the_count_is_lost_with_the_step_when_the_commit_fails(running):
    """One transaction: a step that is not saved is not counted either."""
    visitor = Visitor(51_004, 51_004, "fr")
    async with UnitOfWork(running.runtime.sessions) as uow:

        def refuse(_session):
            raise RuntimeError("database went away")

        event.listen(uow.session.sync_session, "before_commit", refuse)
        with pytest.raises(RuntimeError):
            await conversation.start(Scope(uow, running.runtime, visitor))
    async with running.runtime.sessions() as session:
        assert list(await session.scalars(select(Person))) == []
        assert list(await session.scalars(select(StatCount))) == []
    async with UnitOfWork(running.runtime.sessions) as uow:
        await conversation.start(Scope(uow, running.runtime, visitor))
    assert (await counted(running))[(stats.STARTED, "incident", "welcome", "")] == 1
