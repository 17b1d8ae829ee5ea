"""Every screen offers 🆘 and 🚪, and nothing a person types is dropped: a walk through every
step of both flows and every command, checking each message the bot sends."""

from tests.botapi.server import Sent
from tests.conftest import days_pass
from tests.test_conversations import texts
from tests.test_reminders import reminder_messages


def without_a_way_out(messages: list[Sent]) -> list[str]:
    """The messages with buttons that lack the emergency numbers or the quick exit."""
    lacking = []
    for message in messages:
        labels = [b["text"] for row in message.buttons for b in row if "callback_data" in b]
        if labels and not (
            any(label.startswith("🆘") for label in labels)
            and any(label.startswith("🚪") for label in labels)
        ):
            lacking.append(f"{message.text[:60]!r} has only {labels}")
    return lacking


async def test_every_screen_of_both_flows_and_every_command_has_help_and_exit(soon):
    person = soon.person(user_id=52_001)
    seen: list[Sent] = []
    # The incident flow, by the danger screen, to its end.
    seen += await person.send("/start")
    for label in ("Commencer", "Oui, danger maintenant", "Continuer",
                  "Des menaces ou un chantage aux images", "Continuer",  # the first aid
                  "Moi", "18 ans ou plus", "France", "Passer"):  # fmt: skip
        seen += await person.press(label)
    seen += await person.send("https://exemple.fr/p/1")
    for label in ("C'est tout", "Hier", "Passer", "Continuer", "Continuer"):
        seen += await person.press(label)
    seen += await person.press("Dans 1 jour")
    # Commands and their screens.
    for command in ("/help", "/urgence", "/notes", "/export", "/language", "/reminders", "/nope"):
        seen += await person.send(command)
    seen += await person.press("Afficher mes notes")
    seen += await person.press("🕘 Fuseau horaire : Europe/Paris")
    seen += await person.press("🕘 Europe/Paris")
    seen += await person.press("✍️ Ajouter une note")  # the note prompt
    seen += await person.send("une note à moi")
    seen += await person.send("un message hors de toute question")  # keep it as a note?
    seen += await person.press("Non")
    seen += await person.send("je veux mourir")  # the crisis screen
    seen += await person.press("✅ Je suis en sécurité pour l'instant, on continue")
    seen += await person.send("/delete")
    seen += await person.press("Non, garder")
    # The check-in itself, and the follow-up flow to its end.
    days_pass(soon)
    await soon.telegram.wait(lambda: reminder_messages(person))
    seen += reminder_messages(person)
    seen += await person.press("Oui")
    followup = ("Moins bien", "Non, pas maintenant", "Continuer", "Pas encore", "Je ne sais pas")
    for label in (*followup, "J'attends", "Oui", "Continuer", "Non merci"):
        seen += await person.press(label)
    assert len(seen) > 40
    assert without_a_way_out(seen) == []
    last = seen[-1]
    assert last.buttons, "the end of a flow, too, has its buttons"


async def test_a_first_message_before_any_button_is_the_beginning_of_the_story(running):
    person = running.person(user_id=52_002)
    reply = await person.send("aide moi stp jsuis en panique")
    assert "c'est le début de votre récit" in texts(reply)
    assert "Commencer" in person.buttons(), "and the conversation begins"
    await person.send("/notes")
    shown = texts(await person.press("Afficher mes notes"))
    assert "Récit" in shown and "aide moi stp jsuis en panique" in shown


async def test_text_typed_at_the_welcome_joins_the_story(running):
    person = running.person(user_id=52_003)
    await person.send("/start")
    reply = await person.send("il a mis une photo de moi partout")
    assert "c'est le début de votre récit" in texts(reply)
    assert "Commencer" in person.buttons()


async def test_a_message_with_no_link_at_the_link_step_is_kept_and_explained(running):
    person = running.person(user_id=52_004)
    await person.send("/start")
    for label in ("Commencer", "Non, pas maintenant", "Autre chose", "Moi", "18 ans ou plus",
                  "France", "Passer"):  # fmt: skip
        await person.press(label)
    reply = await person.send("je ne sais plus où c'était")
    assert "Je n'ai pas trouvé de lien" in texts(reply) and "gardé" in texts(reply)
    await person.send("/notes")
    assert "je ne sais plus où c'était" in texts(await person.press("Afficher mes notes"))


def test_the_terminal_chat_knows_help_and_prints_no_log_line(tmp_path, database):
    from tests.test_startup import run_bot

    result = run_bot(tmp_path / "data", "chat", stdin="/help\n/whatever\n/quit\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("/urgence") >= 2, "the help, for /help and an unknown command"
    assert "event=" not in result.stdout and "event=" not in result.stderr
    assert (tmp_path / "data" / "chat.log").exists()
