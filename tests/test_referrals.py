"""Each routing rule of flows/directory.yaml, walked by a person in French and in English:
the right doors appear, the wrong ones don't, web addresses are buttons, numbers plain text."""

from dataclasses import dataclass

import pytest

from bot.telegram.rendering import plain
from i18n.catalog import load_catalog
from tests.botapi.client import TestPerson
from tests.botapi.server import Sent

CATALOG = load_catalog()


@dataclass(frozen=True)
class Case:
    who: str | None  # None: a child's image seen online, where only the writer's age is asked
    age: str  # of the person shown (or, with `who` None, of the writer)
    country: str
    kind: str
    shown: tuple[str, ...]  # services expected, in this order
    hidden: tuple[str, ...]  # services that must not appear
    danger: str = "no"
    texts: tuple[str, ...] = ()  # other texts expected (ids)
    writer_age: str | None = None  # someone writing about another person


CASES = {
    "france-adult-ai-image": Case(
        "me", "adult", "fr", "ai-image",
        shown=("pharos", "plainte", "stopncii", "constat"),
        hidden=("line_3018", "allo_119", "stopline", "take_it_down", "police_17"),
    ),
    "france-minor-first-3018-and-119": Case(
        "me", "under18", "fr", "shared-image",
        shown=("line_3018", "allo_119", "pharos", "take_it_down"),
        hidden=("stopncii", "constat", "stopline"),
    ),
    "france-parent-for-their-child": Case(
        "child", "under18", "fr", "ai-image",
        shown=("line_3018", "allo_119", "pharos", "take_it_down"),
        hidden=("stopncii", "constat"),
    ),
    "france-child-image-seen-online": Case(
        None, "adult", "fr", "child-image",
        shown=("pharos", "point_de_contact"),
        hidden=("stopncii", "constat", "stopline", "take_it_down", "line_3018"),
    ),
    "luxembourg-child-image-seen-online": Case(
        None, "adult", "lu", "child-image",
        shown=("stopline",),
        hidden=("stopncii", "pharos", "constat", "take_it_down", "kjt"),
    ),
    "france-adult-worried-about-a-teenager": Case(
        "other", "under18", "fr", "shared-image", writer_age="adult",
        shown=("allo_119", "pharos"),
        hidden=("take_it_down", "line_3018", "stopncii"),
    ),
    "france-teenager-about-a-friend": Case(
        "other", "under18", "fr", "shared-image", writer_age="under18",
        shown=("line_3018", "allo_119", "pharos"),
        hidden=("take_it_down", "stopncii"),
    ),
    "luxembourg-adult-worried-about-a-teenager": Case(
        "other", "under18", "lu", "ai-image", writer_age="adult",
        shown=("bee_helpline", "stopline"),
        hidden=("take_it_down", "kjt"),
    ),
    "luxembourg-minor": Case(
        "me", "under18", "lu", "ai-image",
        shown=("kjt", "bee_helpline", "stopline", "take_it_down"),
        hidden=("stopncii", "pharos", "line_3018"),
    ),
    "luxembourg-adult-own-case-not-stopline": Case(
        "me", "adult", "lu", "shared-image",
        shown=("bee_helpline", "police_lu", "stopncii"),
        hidden=("stopline", "pharos", "take_it_down"),
    ),
    "france-sextortion": Case(
        "me", "adult", "fr", "sextortion",
        shown=("plainte", "cyber_17", "pharos", "thesee", "visioplainte"),
        hidden=("stopline", "line_3018"),
    ),
    "france-minor-sextortion-no-thesee": Case(
        "me", "under18", "fr", "sextortion",
        shown=("line_3018", "allo_119", "plainte", "cyber_17"),
        hidden=("thesee", "visioplainte", "stopncii", "constat"),
    ),
    "luxembourg-sextortion": Case(
        "me", "adult", "lu", "sextortion",
        shown=("bee_helpline", "police_lu", "scas"),
        hidden=("stopline", "thesee", "pharos"),
    ),
    "luxembourg-minor-threat-no-stopline": Case(
        "me", "under18", "lu", "sextortion",
        shown=("kjt", "bee_helpline", "take_it_down"),
        hidden=("stopline", "scas", "sos_detresse"),
    ),
    "elsewhere-adult": Case(
        "me", "adult", "other", "sextortion",
        shown=("platform_report", "stopncii"),
        hidden=("pharos", "stopline", "bee_helpline", "line_3018"),
        texts=("referral-elsewhere", "referral-police-elsewhere"),
    ),
    "elsewhere-minor": Case(
        "me", "under18", "other", "ai-image",
        shown=("platform_report", "take_it_down"),
        hidden=("stopncii", "pharos", "stopline"),
        texts=("referral-elsewhere",),
    ),
    "in-danger-in-france-emergency-first": Case(
        "me", "adult", "fr", "shared-image", danger="yes",
        shown=("police_17", "emergency_112", "sms_114", "pharos"),
        hidden=("police_lu",),
    ),
}  # fmt: skip


def say(lang: str, text_id: str, **args) -> str:
    return plain(CATALOG.text(lang, text_id, {"register": "formal", **args}))


async def walk_to_referral(person: TestPerson, lang: str, case: Case) -> list[Sent]:
    """The first conversation, pressing the labels a person reads, to the referral step."""
    await person.send("/start")
    await person.press(say(lang, "btn-begin"))
    await person.press(say(lang, f"danger-{case.danger}"))
    if case.danger == "yes":
        await person.press(say(lang, "btn-continue-safe"))
    await person.press(say(lang, f"kind-{case.kind}"))
    if case.kind == "sextortion":
        await person.press(say(lang, "btn-continue"))  # the first aid comes first
    if case.who is not None:
        await person.press(say(lang, f"who-{case.who}"))
    await person.press(say(lang, f"age-{case.age}"))
    if case.writer_age is not None:
        await person.press(say(lang, f"age-{case.writer_age}"))
    await person.press(say(lang, f"country-{case.country}"))
    await person.press(say(lang, "btn-skip"))
    await person.press(say(lang, "links-none"))
    await person.press(say(lang, "when-today"))
    await person.press(say(lang, "btn-skip"))
    return await person.press(say(lang, "btn-continue"))


async def with_more_places(person: TestPerson, lang: str, referral: list[Sent]) -> list[Sent]:
    """The referral's first message, then what "more places" opens, if it is offered."""
    more = say(lang, "btn-more-places")
    if more not in person.buttons():
        return referral
    return [*referral, *await person.press(more)]


def titles(lang: str, ids) -> list[str]:
    return [f"<b>{CATALOG.text(lang, f'service-{i}-name')}</b>" for i in ids]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", list(CASES))
async def test_each_rule_sends_to_the_right_doors(running, name, lang):
    case = CASES[name]
    person = running.person(user_id=20_000 + list(CASES).index(name) * 2, language_code=lang)
    first = await walk_to_referral(person, lang, case)
    first_markup = "\n".join(m.html for m in first)
    assert sum(title in first_markup for title in titles(lang, case.shown)) <= 3, "fits a phone"
    markup = "\n".join(m.html for m in await with_more_places(person, lang, first))
    assert CATALOG.text(lang, "referral-intro") in markup
    positions = [markup.find(title) for title in titles(lang, case.shown)]
    assert -1 not in positions, (
        f"missing: {[s for s, p in zip(case.shown, positions, strict=True) if p < 0]}"
    )
    assert positions == sorted(positions), "in the order the rules give"
    for title in titles(lang, case.hidden):
        assert title not in markup
    for text_id in case.texts:
        assert CATALOG.text(lang, text_id) in markup


async def test_web_addresses_are_buttons_and_numbers_plain_text(running):
    person = running.person(user_id=21_001, language_code="en")
    first = await walk_to_referral(person, "en", CASES["france-minor-first-3018-and-119"])
    referral = await with_more_places(person, "en", first)
    keyboard = [row for message in referral for row in message.buttons]
    urls = {b["text"]: b["url"] for row in keyboard for b in row if "url" in b}
    assert urls["🔗 Pharos"] == "https://www.internet-signalement.gouv.fr"
    assert urls["💬 3018: chat"] == "https://3018.fr"
    assert urls["🔗 Take It Down"] == "https://takeitdown.ncmec.org"
    text = "\n".join(m.text for m in referral)
    assert "📞 3018" in text and "📞 119" in text, "a number a person can tap"
    assert "<code>" not in "".join(m.html for m in referral) and "<a " not in text


async def test_a_platform_recognised_in_a_link_gets_its_own_report_advice(running):
    person = running.person(user_id=21_002, language_code="fr")
    case = CASES["france-adult-ai-image"]
    await person.send("/start")
    for label in ("btn-begin", "danger-no", "kind-ai-image", "who-me", "age-adult", "country-fr"):
        await person.press(say("fr", label))
    await person.press(say("fr", "btn-skip"))
    saved = await person.send("c'est là : https://www.tiktok.com/@faux.compte/video/1?_r=1 merci")
    assert "Vu sur : TikTok" in "\n".join(m.text for m in saved)
    assert "tiktok.com/@faux.compte" not in "\n".join(m.text for m in saved), "not echoed"
    await person.press(say("fr", "btn-done"))
    await person.press(say("fr", "when-today"))
    await person.press(say("fr", "btn-skip"))
    first = await person.press(say("fr", "btn-continue"))
    referral = await with_more_places(person, "fr", first)
    text = "\n".join(m.text for m in referral)
    assert "TikTok : sur la publication" in text
    assert all(title in "\n".join(m.html for m in referral) for title in titles("fr", case.shown))


@pytest.mark.parametrize(
    ("country", "expected", "absent"),
    [
        ("lu", ["📞 113", "📞 112"], ["📞 17", "114"]),
        ("fr", ["📞 17", "📞 112", "💬 114"], ["113"]),
    ],
)
async def test_emergency_numbers_follow_the_country_once_known(running, country, expected, absent):
    person = running.person(user_id=21_010 + len(country) + len(expected), language_code="en")
    await person.send("/start")
    for label in ("btn-begin", "danger-no", "kind-ai-image", "who-me", "age-adult"):
        await person.press(say("en", label))
    await person.press(say("en", f"country-{country}"))
    reply = await person.send("/emergency")
    text = "\n".join(m.text for m in reply)
    assert all(number in text for number in expected)
    assert not any(number in text for number in absent)
    back = await person.press(say("en", "btn-resume"))
    assert say("en", "btn-skip") in person.buttons(), "back where they were (the story)"
    assert back


async def test_before_the_country_is_known_all_emergency_numbers_show(running):
    person = running.person(user_id=21_020, language_code="fr")
    await person.send("/start")
    await person.press(say("fr", "btn-begin"))
    emergency = await person.press(say("fr", "danger-yes"))
    text = "\n".join(m.text for m in emergency)
    assert all(n in text for n in ("📞 17", "📞 112", "💬 114", "📞 113"))
    assert text.index("17") < text.index("113"), "France first, then Luxembourg"
