"""Links as people paste them: found, written one way, refused kindly, their platform named."""

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.directory import load_directory
from flows.links import MAX_LINK_LENGTH, REFUSED_SCHEMES, extract_links, host_of, normalise

DIRECTORY = load_directory()


@pytest.mark.parametrize(
    ("pasted", "kept"),
    [
        (
            "voir https://x.com/someone/status/123?s=20&t=abc et instagram.com/fake_acc.",
            ["https://x.com/someone/status/123", "https://instagram.com/fake_acc"],
        ),
        ("www.TikTok.com/@bob?_r=1&is_from_webapp=1&lang=fr", ["https://www.tiktok.com/@bob?lang=fr"]),
        ("(voir https://en.wikipedia.org/wiki/Foo_(bar))", ["https://en.wikipedia.org/wiki/Foo_(bar)"]),
        ("https://Example.COM:443/a?utm_source=x&fbclid=y#frag", ["https://example.com/a#frag"]),
        ("https://youtube.com/watch?v=a%20b&t=30&si=xyz", ["https://youtube.com/watch?v=a%20b&t=30"]),
        ("https://www.instagram.com/p/C1/?igsh=abc&img_index=2", ["https://www.instagram.com/p/C1/?img_index=2"]),
        ("https://www.reddit.com/r/x/comments/1/t/?share_id=Ab3&utm_content=2", ["https://www.reddit.com/r/x/comments/1/t/"]),
        ("https://www.google.com@evil.example/login", ["https://evil.example/login"]),
        ("https://аpple.com/login", ["https://xn--pple-43d.com/login"]),  # Cyrillic "а"
        ("http://192.0.2.7:8080/x", ["http://192.0.2.7:8080/x"]),
        ("same https://a.example/p and a.example/p again", ["https://a.example/p"]),
        ("«https://a.example/p»!", ["https://a.example/p"]),
        ("my photo.jpg, a mail a@b.com, e.g. this", []),
    ],
)  # fmt: skip
def test_links_are_found_and_written_one_way(pasted, kept):
    found = extract_links(pasted)
    assert list(found.links) == kept
    assert found.refused == ()


@pytest.mark.parametrize(
    ("pasted", "refused"),
    [
        ("javascript:alert(document.cookie)", "javascript"),
        ("data:text/html;base64,PHNjcmlwdD4=", "data"),
        ("file:///etc/passwd", "file"),
        ("tg://resolve?domain=somebot", "tg"),
        ("JavaScript:void(0)", "javascript"),
        ("vbscript:msgbox", "vbscript"),
        ("https://a.example/" + "x" * MAX_LINK_LENGTH, "too-long"),
    ],
)
def test_what_is_not_a_web_page_is_refused_with_its_reason(pasted, refused):
    found = extract_links(pasted)
    assert found.links == ()
    assert found.refused == (refused,)


@pytest.mark.parametrize(
    ("link", "platform"),
    [
        ("https://x.com/a/status/1", "x"),
        ("https://mobile.twitter.com/a", "x"),
        ("https://www.instagram.com/p/1", "instagram"),
        ("https://m.facebook.com/story.php?id=1", "facebook"),
        ("https://fb.watch/abc", "facebook"),
        ("https://vm.tiktok.com/ZM1/", "tiktok"),
        ("https://www.snapchat.com/add/someone", "snapchat"),
        ("https://t.me/somechannel/12", "telegram"),
        ("https://discord.gg/invite", "discord"),
        ("https://old.reddit.com/r/x/comments/1", "reddit"),
        ("https://youtu.be/abc", "youtube"),
        ("https://wa.me/33600000000", "whatsapp"),
        ("https://onlyfans.com/someone", "onlyfans"),
        ("https://notx.com/a", None),
        ("https://evil-instagram.com/p/1", None),
        ("https://instagram.com.evil.example/p/1", None),
    ],
)
def test_platforms_are_recognised_by_their_hosts_only(link, platform):
    found = DIRECTORY.platforms([link])
    assert [p.id for p in found] == ([platform] if platform else [])


# ---- properties ---------------------------------------------------------------------------

label = st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=12)
hosts = st.builds(
    lambda labels, tld: ".".join([*labels, tld]),
    st.lists(label, min_size=1, max_size=3),
    st.sampled_from(["com", "fr", "lu", "org", "net", "example"]),
)
paths = st.text(string.ascii_letters + string.digits + "-_~/%", max_size=40).map(lambda p: "/" + p)
queries = st.lists(
    st.tuples(
        st.text(string.ascii_lowercase, min_size=1, max_size=6), st.text(string.digits, max_size=4)
    ),
    max_size=3,
).map(lambda pairs: "&".join(f"{k}={v}" for k, v in pairs))
urls = st.builds(
    lambda scheme, host, path, query: f"{scheme}{host}{path}" + (f"?{query}" if query else ""),
    st.sampled_from(["https://", "http://", "", "HTTPS://", "www."]),
    hosts,
    paths,
    queries,
)
words = st.text(string.ascii_letters + " éà", max_size=30)


def _is_clean(link: str) -> bool:
    return (
        link.startswith(("http://", "https://"))
        and len(link) <= MAX_LINK_LENGTH
        and not any(c.isspace() or ord(c) < 32 for c in link)
        and host_of(link).isascii()
    )


@given(st.text())
def test_any_text_gives_only_clean_web_links(text):
    found = extract_links(text)
    assert all(_is_clean(link) for link in found.links)
    assert len(set(found.links)) == len(found.links)


@given(words, urls, words)
def test_a_link_inside_a_sentence_is_found(before, url, after):
    found = extract_links(f"{before} {url} {after}")
    expected = normalise(url if "://" in url else "https://" + url)
    assert expected in found.links


@given(urls)
def test_the_normal_form_is_stable(url):
    for link in extract_links(url).links:
        assert normalise(link) == link
        assert extract_links(link).links == (link,)


@given(urls, st.sampled_from(["utm_source", "utm_campaign", "fbclid", "gclid", "igsh"]))
def test_tracking_parameters_never_stay(url, tracker):
    glue = "&" if "?" in url else "?"
    for link in extract_links(f"{url}{glue}{tracker}=abc").links:
        assert f"{tracker}=" not in link


@given(st.sampled_from(REFUSED_SCHEMES), st.text(string.printable.strip(), min_size=1))
def test_non_web_schemes_are_never_kept(scheme, rest):
    found = extract_links(f"{scheme}:{rest.replace(' ', '')}")
    assert found.links == ()
    assert found.refused[0] == scheme


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("@faux_compte", "@faux_compte"),
        (
            "son profil : https://www.instagram.com/faux_compte/?igsh=MWx2 (depuis lundi)",
            "son profil : https://www.instagram.com/faux_compte/ (depuis lundi)",
        ),
        ("instagram.com/faux?igsh=abc, je crois", "https://instagram.com/faux, je crois"),
        ("instagram.com/faux", "instagram.com/faux"),
        ("c'est sur photo.jpg et x.com", "c'est sur photo.jpg et x.com"),
    ],
)
def test_links_typed_in_an_answer_lose_their_trackers_and_nothing_else(typed, kept):
    from flows.links import without_tracking

    assert without_tracking(typed) == kept
