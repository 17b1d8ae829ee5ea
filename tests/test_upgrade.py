"""An older database, whose people had their answers, language and place in clear, starts on
this version: the bot seals all of it under each person's key, drops the clear columns, and the
person carries on where they were, their notes readable."""

from datetime import UTC, datetime

from sqlalchemy import text

from bot.runtime import build_runtime
from bot.usecases import notes
from bot.usecases.context import Scope, Visitor
from storage.db import HEAD, create_engine, migrate, session_factory
from storage.keys import default_master_key, open_vault
from storage.unit import UnitOfWork
from tests.conftest import CONTENT
from tests.servers import database_url, execute

USER = 88_001
STORY = "planted-legacy-story-41k"
HELD = "planted-legacy-held-7z"


async def an_older_database(settings) -> None:
    """Schema 0007, with one person as that version stored them."""
    engine = create_engine(settings.database)
    await migrate(engine, "0007")
    sessions = session_factory(engine)
    async with sessions() as session:
        vault = await open_vault(session, default_master_key(settings.data_dir, False))
        key = vault.person_key(USER)
        cipher, wrapped = vault.new_data_key(key)
        version = CONTENT().scripts["incident"].version
        legacy = {
            "key": key,
            "wrapped": wrapped,
            "master": vault.master.id,
            "chat": cipher.seal(str(USER), record="person", field="chat_id"),
            "held": cipher.seal(HELD, record="pending", field="note"),
            "story": cipher.seal(STORY, record="e1", field="describe"),
            "at": datetime(2026, 11, 20, 21, 30, tzinfo=UTC),
            "version": version,
        }
        await session.execute(
            text(
                "INSERT INTO people (key_hash, data_key_wrapped, master_id, chat_id_sealed,"
                " language, language_chosen, time_zone, pending_sealed, created_at)"
                " VALUES (:key, :wrapped, :master, :chat, 'de', true, 'Europe/London', :held, :at)"
            ),
            legacy,
        )
        await session.execute(
            text(
                "INSERT INTO conversations (person_id, flow_id, flow_version, step_id, history,"
                " answers, updated_at) VALUES (1, 'incident', :version, 'links', :history,"
                " :answers, :at)"
            ),
            {
                **legacy,
                "history": '["welcome", "danger", "who", "age", "country", "kind", "describe"]',
                "answers": '{"danger": "no", "who": "me", "age": "adult", "country": "lu",'
                ' "kind": "sextortion", "_reached": "welcome,danger", "platforms": "instagram"}',
            },
        )
        await session.execute(
            text(
                "INSERT INTO entries (id, person_id, field, sealed, created_at)"
                " VALUES ('e1', 1, 'describe', :story, :at)"
            ),
            legacy,
        )
        await session.commit()
    await engine.dispose()


async def test_an_older_database_is_sealed_and_the_person_carries_on(settings, data_dir):
    await an_older_database(settings)
    runtime = await build_runtime(settings)
    try:
        async with UnitOfWork(runtime.sessions) as uow:
            scope = Scope(uow, runtime, Visitor(USER, USER, "de"))
            person = await scope.person()
            assert not person.new
            state = person.state
            assert (state.language, state.language_chosen, state.time_zone) == (
                "de", True, "Europe/London",
            )  # fmt: skip
            assert state.held == HELD
            conversation = state.conversation
            assert conversation.step == "links" and conversation.answers["kind"] == "sextortion"
            assert "_reached" not in conversation.answers, "bookkeeping left the answers"
            assert conversation.reached == {"welcome", "danger"}
            assert conversation.platforms == ("instagram",)
            (story,) = await notes.all_notes(scope, person)
            assert (story.field, story.text) == ("describe", STORY)
            assert story.recorded_at == datetime(2026, 11, 20, 21, 30, tzinfo=UTC)
    finally:
        await runtime.close()
    assert execute(data_dir, "SELECT version_num FROM alembic_version") == [(HEAD,)]
    people = execute(data_dir, "SELECT * FROM people")
    assert "language" not in people[0]._fields and "pending_sealed" not in people[0]._fields
    clear = repr(people).encode() + repr(execute(data_dir, "SELECT * FROM entries")).encode()
    for secret in ("sextortion", "instagram", "Europe/London", STORY, HELD):
        assert secret.encode() not in clear, f"{secret} is still in clear"
    tables = {
        row[0]
        for row in execute(
            data_dir,
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            if database_url(data_dir).startswith("sqlite")
            else "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
        )
    }
    assert "conversations" not in tables
