"""The vault: per-person keys, tamper-evidence, rotation, notes, the dossier, erasure."""

import io
import os
import re
import tempfile

import pytest
from pypdf import PdfReader

from storage.db import create_engine, session_factory
from storage.errors import MasterKeyError
from storage.keys import create_key_file, decode_key
from storage.rekey import rekey
from storage.rotation import rotate_master_key
from storage.vault import Cipher, MasterKey, SealError, Vault
from tests.conftest import RunningBot, bot_settings
from tests.servers import execute, stored_bytes
from tests.test_conversations import texts, walk_to_evidence
from tests.test_privacy import assert_absent

LINK = "https://www.instagram.com/p/Cx-Planted_91/?igsh=abc&utm_source=x"


def test_ciphertexts_cannot_be_swapped_flipped_or_opened_with_another_key():
    vault = Vault(MasterKey(os.urandom(32)), os.urandom(32))
    alice, alice_wrapped = vault.new_data_key(b"alice")
    bob, _ = vault.new_data_key(b"bob")
    sealed = alice.seal("secret", record="r1", field="note")
    assert alice.open(sealed, record="r1", field="note") == "secret"
    assert sealed != alice.seal("secret", record="r1", field="note"), "a fresh nonce each time"
    with pytest.raises(SealError):
        bob.open(sealed, record="r1", field="note")  # another person's key
    with pytest.raises(SealError):
        alice.open(sealed, record="r2", field="note")  # moved to another record
    with pytest.raises(SealError):
        alice.open(sealed, record="r1", field="link")  # moved to another field
    flipped = bytearray(sealed)
    flipped[-1] ^= 1
    with pytest.raises(SealError):
        alice.open(bytes(flipped), record="r1", field="note")
    with pytest.raises(SealError):
        Cipher(os.urandom(32), b"alice").open(sealed, record="r1", field="note")
    other = Vault(MasterKey(os.urandom(32)), os.urandom(32))
    with pytest.raises(SealError):
        other.cipher(b"alice", alice_wrapped)  # the wrong master key cannot unwrap
    assert vault.cipher(b"alice", alice_wrapped).open(sealed, record="r1", field="note")


async def note(person, text: str) -> None:
    await person.press("✍️ Ajouter une note")
    await person.send(text)


async def test_a_stored_note_is_as_long_as_any_other_of_its_size_bucket(running, data_dir):
    """Ciphertexts are padded: a two-letter note and a sentence are stored at the same length,
    so whoever reads the database cannot tell one from the other."""
    person = running.person(user_id=51)
    await person.send("/start")
    await person.press("✕ Arrêter")
    for text in ("ok", "planted: he sent the photo to my class at nine", "long " * 80):
        await note(person, text)
    lengths = [
        len(sealed)
        for (sealed,) in execute(data_dir, "SELECT sealed FROM entries ORDER BY position")
    ]
    assert lengths[0] == lengths[1] < lengths[2], lengths


async def test_a_tampered_note_shows_as_unreadable_and_the_rest_works(running, data_dir):
    person = running.person(user_id=7101)
    await person.send("/start")
    await person.press("✕ Arrêter")
    await note(person, "première note intacte")
    await note(person, "deuxième note abîmée")
    entry, sealed = execute(
        data_dir, "SELECT id, sealed FROM entries ORDER BY person_id, position"
    )[-1]
    execute(
        data_dir,
        "UPDATE entries SET sealed = :s WHERE id = :i",
        s=sealed[:-1] + bytes([sealed[-1] ^ 1]),
        i=entry,
    )
    await person.send("/notes")
    shown = await person.press("Afficher mes notes")
    assert "n'a pas pu être lue" in texts(shown)
    assert "première note intacte" in texts(shown)


async def test_swapped_ciphertexts_between_people_are_refused(running, data_dir):
    alice, bob = running.person(user_id=7201), running.person(user_id=7202)
    for person, text in ((alice, "note d'alice"), (bob, "note de bob")):
        await person.send("/start")
        await person.press("✕ Arrêter")
        await note(person, text)
    (alice_entry, _), (_, bob_sealed) = execute(
        data_dir, "SELECT id, sealed FROM entries ORDER BY person_id, position"
    )
    execute(data_dir, "UPDATE entries SET sealed = :s WHERE id = :i", s=bob_sealed, i=alice_entry)
    await alice.send("/notes")
    shown = await alice.press("Afficher mes notes")
    assert "n'a pas pu être lue" in texts(shown) and "note de bob" not in texts(shown)


async def test_notes_are_paginated_and_never_over_the_limit(running):
    person = running.person(user_id=7301)
    await person.send("/start")
    await person.press("✕ Arrêter")
    for number in range(12):
        await note(person, f"note numéro {number} " + "x" * 1500)
    warning = await person.send("/notes")
    assert "personne ne regarde" in texts(warning)
    first = await person.press("Afficher mes notes")
    assert "page 1 sur 3" in texts(first)
    assert "note numéro 11" in texts(first) and "note numéro 6" not in texts(first)
    second = await person.press("Plus anciennes ›")
    assert "page 2 sur 3" in texts(second) and "note numéro 6" in texts(second)
    assert all(len(m.text.encode("utf-16-le")) // 2 <= 4096 for m in first + second)
    back = await person.press("‹ Plus récentes")
    assert "page 1 sur 3" in texts(back)


async def test_text_outside_a_question_can_be_kept_as_a_note_or_not(running, data_dir):
    person = running.person(user_id=7401)
    await person.send("/start")
    await person.press("✕ Arrêter")
    asked = await person.send("planted-held-kept il m'a réécrit ce soir")
    assert "Garder ce message dans les notes" in texts(asked)
    assert_absent(stored_bytes(data_dir), ["planted-held-kept"], "DATA_DIR while held")
    await person.press("✍️ Oui, garder comme note")
    await person.send("planted-held-dropped une pensée")
    await person.press("Non")
    await person.send("/notes")
    shown = texts(await person.press("Afficher mes notes"))
    assert "planted-held-kept" in shown and "planted-held-dropped" not in shown


async def test_export_sends_a_pdf_made_in_memory_with_the_exact_links(running, data_dir):
    person = running.person(user_id=7501)
    await walk_to_evidence(person, "Moi", "18 ans ou plus", "France", "Autre chose")
    await person.send("Quelqu'un a publié un montage de moi.")
    await person.send(LINK)
    await person.press("C'est tout")
    await person.send("le 3 novembre vers 21 h")
    await person.send("@auteur_du_montage")
    files_before = set(data_dir.rglob("*")) | set(os.listdir(tempfile.gettempdir()))

    reply = await person.send("/export")
    assert "endroit sûr" in texts(reply)
    document = next(m for m in person.messages() if m.kind == "document")
    pdf = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(document.file)).pages)
    flat = pdf.replace("\n", "")
    assert "https://www.instagram.com/p/Cx-Planted_91/" in flat, "the link, in its normal form"
    assert "igsh" not in flat and "utm_source" not in flat, "without the sharing trackers"
    assert "@auteur_du_montage" in pdf and "le 3 novembre vers 21 h" in pdf
    assert "UTC" in pdf and "Europe/Paris" in pdf
    assert "Pharos" in pdf and "commissaire de justice" in pdf and "plainte" in pdf.lower()
    assert "SHA-256" in pdf and re.search(r"\b[0-9a-f]{64}\b", pdf), "the record's digest"
    files_after = set(data_dir.rglob("*")) | set(os.listdir(tempfile.gettempdir()))
    assert files_after == files_before, "the PDF was never written to disk"


async def test_export_after_no_link_gives_the_dossier(running):
    """ "I have no link" is an answer too: the dossier says so instead of failing."""
    person = running.person(user_id=7502)
    await walk_to_evidence(person, "Moi", "18 ans ou plus", "France", "Autre chose")
    await person.send("Quelqu'un a publié une photo de moi.")
    await person.press("Je n'ai pas de lien")
    reply = await person.send("/export")
    assert "Un problème est survenu" not in texts(reply)
    document = next(m for m in person.messages() if m.kind == "document")
    pdf = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(document.file)).pages)
    assert "Liens" in pdf and "Je n'ai pas de lien" in pdf


async def test_rotation_interrupted_then_rerun_loses_nothing(
    settings, telegram, data_dir, tmp_path
):
    bot = RunningBot(settings, telegram)
    await bot.start()
    people = [bot.person(user_id=7600 + n) for n in range(3)]
    for number, person in enumerate(people):
        await person.send("/start")
        await person.press("✕ Arrêter")
        await note(person, f"note avant rotation {number}")
    await bot.stop()

    old = decode_key((data_dir / "vault.key").read_text(), "vault.key")
    new_file = tmp_path / "new.key"
    new = create_key_file(new_file)
    engine = create_engine(settings.database)
    sessions = session_factory(engine)

    def crash_after_first(done: int) -> None:
        raise KeyboardInterrupt  # the operator's Ctrl-C, or a kill, after one batch

    with pytest.raises(KeyboardInterrupt):
        await rotate_master_key(sessions, old, new, batch=1, after_batch=crash_after_first)
    await engine.dispose()

    with pytest.raises(MasterKeyError, match="interrupted"):
        await RunningBot(settings, telegram).start()

    engine = create_engine(settings.database)
    assert await rotate_master_key(session_factory(engine), old, new, batch=1) == 2
    await engine.dispose()

    rotated = bot_settings(telegram, data_dir, vault_key_file=new_file)
    bot = RunningBot(rotated, telegram)
    await bot.start()
    try:
        for number, person in enumerate(people):
            await person.send("/notes")
            shown = await person.press("Afficher mes notes")
            assert f"note avant rotation {number}" in texts(shown)
    finally:
        await bot.stop()
    with pytest.raises(MasterKeyError, match="does not open"):
        await RunningBot(settings, telegram).start()  # the old key no longer opens anything


def test_the_vault_commands_rotate_the_key_of_a_real_data_dir(tmp_path, database):
    from tests.test_startup import run_bot

    data_dir = tmp_path / "data"
    assert run_bot(data_dir, "chat", stdin="3\n2\nune note\n/quit\n").returncode == 0
    new_key = tmp_path / "new.key"
    assert run_bot(data_dir, "vault", "new-key", str(new_key)).returncode == 0
    again = run_bot(data_dir, "vault", "new-key", str(new_key))
    assert again.returncode == 2 and "never overwritten" in again.stderr
    rotated = run_bot(data_dir, "vault", "rotate-key", "--new-key-file", str(new_key))
    assert rotated.returncode == 0, rotated.stderr
    assert "1 data keys re-wrapped" in rotated.stdout
    listing = run_bot(data_dir, "chat", stdin="/notes\n1\n/quit\n", VAULT_KEY_FILE=str(new_key))
    assert "une note" in listing.stdout, listing.stdout
    leak_key = tmp_path / "after-leak.key"
    assert run_bot(data_dir, "vault", "new-key", str(leak_key)).returncode == 0
    rekeyed = run_bot(
        data_dir, "vault", "rekey", "--new-key-file", str(leak_key), VAULT_KEY_FILE=str(new_key)
    )
    assert rekeyed.returncode == 0, rekeyed.stderr
    assert "1 people have new data keys" in rekeyed.stdout
    listing = run_bot(data_dir, "chat", stdin="/notes\n1\n/quit\n", VAULT_KEY_FILE=str(leak_key))
    assert "une note" in listing.stdout, "the terminal's person, found under the new hash"


async def test_the_dossier_is_written_in_the_persons_language(running):
    person = running.person(user_id=7701, language_code="de")
    await person.send("/start")
    await person.press("✕ Aufhören")
    await person.press("✍️ Notiz hinzufügen")
    await person.send("eine Notiz mit Umlauten: äöüß")
    await person.send("/export")
    document = next(m for m in person.messages() if m.kind == "document")
    pdf = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(document.file)).pages)
    assert "Akte: was passiert ist" in pdf and "Zeitleiste der Notizen" in pdf
    assert "eine Notiz mit Umlauten: äöüß" in pdf


async def test_another_button_cancels_add_a_note(running):
    person = running.person(user_id=7801)
    await person.send("/start")
    await person.press("✕ Arrêter")
    await person.press("✍️ Ajouter une note")
    await person.press("📒 Mes notes")
    asked = await person.send("ceci n'est pas une note")
    assert "Garder ce message dans les notes" in texts(asked), "asked, not filed silently"


async def test_rekey_interrupted_then_rerun_leaves_nothing_the_old_keys_open(
    settings, telegram, data_dir, tmp_path
):
    """After a leak: an old master key and an old copy of the database open nothing written
    once the rekey is done; everyone finds their notes again."""
    bot = RunningBot(settings, telegram)
    await bot.start()
    people = [bot.person(user_id=7700 + n) for n in range(3)]
    for number, person in enumerate(people):
        await person.send("/start")
        await person.press("✕ Arrêter")
        await note(person, f"note avant rekey {number}")
    await bot.stop()
    old_rows = execute(data_dir, "SELECT key_hash, data_key_wrapped FROM people ORDER BY id")

    old = decode_key((data_dir / "vault.key").read_text(), "vault.key")
    new_file = tmp_path / "new.key"
    new = create_key_file(new_file)

    def crash_after_first(done: int) -> None:
        raise KeyboardInterrupt

    engine = create_engine(settings.database)
    with pytest.raises(KeyboardInterrupt):
        await rekey(session_factory(engine), old, new, batch=1, after_batch=crash_after_first)
    await engine.dispose()
    rekeyed = bot_settings(telegram, data_dir, vault_key_file=new_file)
    with pytest.raises(MasterKeyError, match="interrupted"):
        await RunningBot(rekeyed, telegram).start()
    engine = create_engine(settings.database)
    assert await rekey(session_factory(engine), old, new, batch=1) == 2, "the rest, once"
    await engine.dispose()

    new_rows = execute(data_dir, "SELECT key_hash, chat_id_sealed FROM people ORDER BY id")
    assert not {bytes(h) for h, _ in old_rows} & {bytes(h) for h, _ in new_rows}, "new hashes"
    for (owner, wrapped), (_, chat_sealed) in zip(old_rows, new_rows, strict=True):
        old_data_key = Vault(old, b"").cipher(bytes(owner), bytes(wrapped))
        with pytest.raises(SealError):  # the old data key opens nothing of the new records
            old_data_key.open(bytes(chat_sealed), record="person", field="chat_id")

    bot = RunningBot(rekeyed, telegram)
    await bot.start()
    try:
        for number, person in enumerate(people):
            await person.send("/notes")
            shown = await person.press("Afficher mes notes")
            assert f"note avant rekey {number}" in texts(shown), "found under the new hash"
            await note(person, f"note après rekey {number}")
    finally:
        await bot.stop()
    assert execute(data_dir, "SELECT count(*) FROM people") == [(3,)], "nobody made twice"
    with pytest.raises(MasterKeyError, match="does not open"):
        await RunningBot(settings, telegram).start()
