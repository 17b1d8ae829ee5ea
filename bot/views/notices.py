"""The notice kit: for each link the person saved, a notice to the platform with what Article 16
of the Digital Services Act asks of it, ready to copy. The bot never sends it.

Art. 16(2): (a) why the content is illegal, substantiated; (b) its exact location, the URL;
(c) the notifier's name and email, except for child sexual abuse material; (d) a statement of
good faith. The legal basis is French law (the content is reachable from France, which makes it
illegal content under the DSA for a Luxembourg case too), and Luxembourg's where a child is
shown there.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.views.dossier import Note, Notice, Said
from flows.directory import Directory
from flows.links import host_of


def legal_basis(case: Mapping[str, str], child_shown: bool) -> str:
    """The text id of the substantiated explanation (Art. 16(2)(a)) that fits the case."""
    if child_shown:
        return "notice-illegal-child-lu" if case.get("country") == "lu" else "notice-illegal-child"
    return {
        "ai_image": "notice-illegal-montage",
        "shared_image": "notice-illegal-shared",
    }.get(case.get("kind", ""), "notice-illegal-intimate")


def notices(
    notes: tuple[Note, ...], case: Mapping[str, str], child_shown: bool, directory: Directory
) -> list[Notice]:
    """One notice per link saved, in the order they were saved, each link once; anonymous where
    a child is shown (Art. 16(2)(c))."""
    links = dict.fromkeys(n.text for n in notes if n.field == "link" and n.text)
    made = []
    for link in links:
        platform = directory.platform_of(link)
        name = platform.name if platform else host_of(link)
        lines: list[Said] = [
            ("notice-opening", {}),
            ("notice-location", {"link": link}),
            (legal_basis(case, child_shown), {}),
            ("notice-anonymous" if child_shown else "notice-notifier", {}),
            ("notice-good-faith", {}),
            ("notice-request", {}),
        ]
        if platform and platform.notice:
            where: Said = ("notice-where-form", {"name": name, "url": platform.notice.url})
        else:
            where = ("notice-where-report", {})
        made.append(Notice(link, name, tuple(lines), where))
    return made
