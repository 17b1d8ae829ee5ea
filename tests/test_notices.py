"""The notice kit: for each saved link, a notice to the platform with the four elements of
DSA Article 16(2), in French, English and German, and in the dossier."""

import io

import pytest
from pypdf import PdfReader

from bot.views.dossier import Note
from bot.views.notices import notices
from flows.directory import load_directory
from flows.engine import matches
from flows.script import load_scripts
from i18n.catalog import load_catalog
from tests.test_conversations import walk_to_evidence

LINKS = {
    "x": "https://x.com/someone/status/1790000000000000001",
    "instagram": "https://www.instagram.com/p/Cx-Planted_91/",
    "telegram": "https://t.me/some_channel/123",
}
# What each of the four elements reads like, in each language: (a) why it is illegal, with its
# legal basis; (c) who notifies (left for the person to fill in); (d) good faith.
ELEMENTS = {
    "fr": {"why": "Pourquoi il est illégal", "who": "[nom], [e-mail]", "faith": "de bonne foi"},
    "en": {"why": "Why it is illegal", "who": "[name], [email]", "faith": "bona fide belief"},
    "de": {
        "why": "Warum er rechtswidrig ist",
        "who": "[Name], [E-Mail]",
        "faith": "in gutem Glauben",
    },
}
ANONYMOUS = {
    "fr": "sans nom ni adresse e-mail",
    "en": "without a name or email",
    "de": "ohne Namen",
}


def rendered(lang: str, case: dict[str, str], link: str) -> tuple[str, str]:
    """The notice for one link, as the person copies it, and where it says to send it."""
    catalog, directory = load_catalog(), load_directory()
    child = matches(load_scripts()["incident"].flow.child_shown_when, case)
    [notice] = notices((Note("link", link, None),), case, child, directory)
    text = "\n".join(catalog.text(lang, text_id, args) for text_id, args in notice.lines)
    text_id, args = notice.where
    return text, catalog.text(lang, text_id, args)


@pytest.mark.parametrize("lang", ["fr", "en", "de"])
@pytest.mark.parametrize("platform", ["x", "instagram", "telegram"])
def test_a_notice_holds_the_four_elements_of_article_16(lang, platform):
    case = {"who": "me", "age": "adult", "country": "fr", "kind": "ai_image"}
    text, where = rendered(lang, case, LINKS[platform])
    words = ELEMENTS[lang]
    assert "2022/2065" in text and "16" in text, "it names the Regulation and the article"
    assert words["why"] in text and "226-8-1" in text, "(a) why, with the legal basis"
    assert f"(URL): {LINKS[platform]}" in text or f"(URL) : {LINKS[platform]}" in text, "(b)"
    assert words["who"] in text, "(c) the notifier's name and email, for the person to add"
    assert words["faith"] in text, "(d) the statement of good faith"
    route = load_directory().platform(platform).notice
    assert route is not None and route.url in where, "the platform's own notice page"


@pytest.mark.parametrize("lang", ["fr", "en", "de"])
def test_where_a_child_is_shown_the_notice_is_anonymous_and_cites_the_child_law(lang):
    text, _ = rendered(lang, {"who": "other", "age": "under18", "country": "lu"}, LINKS["x"])
    assert ANONYMOUS[lang] in text and ELEMENTS[lang]["who"] not in text
    assert "227-23" in text and "384" in text, "France's law, and Luxembourg's for a LU case"


@pytest.mark.parametrize(
    ("kind", "article"),
    [("shared_image", "226-2-1"), ("sextortion", "226-2-1"), ("other", "226-8-1")],
)
def test_the_legal_basis_fits_what_happened(kind, article):
    text, _ = rendered("fr", {"who": "me", "age": "adult", "kind": kind}, LINKS["instagram"])
    assert article in text


def test_an_unknown_site_gets_a_notice_and_the_report_button(tmp_path):
    text, where = rendered("en", {"kind": "ai_image"}, "https://forum.example/thread/9")
    assert "https://forum.example/thread/9" in text and "Report" in where


async def test_the_dossier_carries_a_notice_for_each_saved_link(running):
    person = running.person(user_id=24_001)
    await walk_to_evidence(
        person, "Moi", "18 ans ou plus", "France", "Une image sexuelle fabriquée ou retouchée (IA)"
    )
    await person.send("Un montage de moi circule.")
    await person.send(f"{LINKS['x']} et aussi {LINKS['telegram']}")
    await person.send("/export")
    document = next(m for m in person.messages() if m.kind == "document")
    pages = PdfReader(io.BytesIO(document.file)).pages
    pdf = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert "Signalements à envoyer aux plateformes" in pdf
    assert f"X (Twitter) : {LINKS['x']}" in pdf and f"Telegram : {LINKS['telegram']}" in pdf
    assert pdf.count("de bonne foi") == 2 and pdf.count("226-8-1") >= 2
    assert "telegram.org/tos/eu-dsa" in pdf
    sent = [m.text or "" for m in person.messages() if m.kind != "document"]
    assert not any("bonne foi" in t for t in sent), "the notice is in the dossier, not the chat"


async def test_from_the_notes_each_notice_comes_as_a_block_to_copy(running):
    person = running.person(user_id=24_002)
    await walk_to_evidence(
        person, "Moi", "18 ans ou plus", "France", "Une vraie image intime diffusée sans accord"
    )
    await person.send("Mon ex a publié une photo.")
    await person.send(LINKS["instagram"] + "?igsh=tracker&x=<b>")
    await person.send("/notes")
    await person.press("Afficher mes notes")
    shown = await person.press("📨 Signalements prêts à copier")
    assert "toucher le bloc le copie" in shown[0].text and "n'envoie rien" in shown[0].text
    [notice] = [m for m in shown if "<pre>" in m.html]
    block = notice.html[notice.html.index("<pre>") : notice.html.index("</pre>")]
    assert "226-2-1" in block and "[nom], [e-mail]" in block and "de bonne foi" in block
    assert "<b>" not in block, "what was typed is escaped"
    assert "igsh" not in block, "the link in its normal form"
    assert "help.instagram.com" in notice.text, "where to send it"
