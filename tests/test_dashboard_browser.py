"""A real browser (Debian's chromium, driven by Playwright) against a real dashboard process,
reading the statistics of real conversations."""

import asyncio
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.processes import ROOT, free_port, wait_for_port
from tests.servers import execute

CHROMIUM = Path("/usr/bin/chromium")
# As the machine's notes advise: no background connections, which the closed network refuses.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PASSWORD = "a long enough password"
PEOPLE = 12  # at least 10, or every count would show as "<10"
AXE = ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"  # make browser
WIDTHS = (375, 1280)  # a phone, a laptop

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists() and os.environ.get("CI") != "true",
    reason="needs Debian's chromium at /usr/bin/chromium (make test installs it)",
)


async def run_cli(env: dict, *args: str, stdin: str = "") -> int:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "dashboard", *args, cwd=ROOT, env=env, stdin=asyncio.subprocess.PIPE
    )
    await process.communicate(stdin.encode())
    return process.returncode


async def test_a_browser_signs_in_sees_the_funnel_and_downloads_the_csv(running, tmp_path):
    from playwright.async_api import async_playwright

    for number in range(PEOPLE):
        person = running.person(user_id=60_000 + number)
        await person.send("/start")
        await person.press("Commencer")
        await person.press("Non, pas maintenant")
    # The dashboard shows a month once it has ended: these conversations become last month's.
    last_month = datetime.now(UTC).date().replace(day=1) - timedelta(days=1)
    await asyncio.to_thread(
        execute, running.settings.data_dir, "UPDATE stat_counts SET day = :day", day=last_month
    )

    port = free_port()
    env = {
        **os.environ,
        "DATA_DIR": str(running.settings.data_dir),
        "DASHBOARD_PORT": str(port),
        "DASHBOARD_SECURE_COOKIES": "false",  # plain HTTP on this machine
        "LOG_LEVEL": "WARNING",
    }
    assert await run_cli(env, "add-user", "asso", "--password-stdin", stdin=PASSWORD + "\n") == 0
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "dashboard", cwd=ROOT, env=env
    )
    base = f"http://127.0.0.1:{port}"
    try:
        await wait_for_port(port)
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True
            )
            page = await (await browser.new_context(accept_downloads=True)).new_page()

            # Without a session: the report and its CSV lead to the sign-in page only.
            await page.goto(f"{base}/")
            assert page.url == f"{base}/login"
            await page.goto(f"{base}/report.csv?table=use")
            assert page.url == f"{base}/login"
            assert "Sign in" in await page.inner_text("h1")

            await page.fill("input[name=name]", "asso")
            await page.fill("input[name=password]", "not the password")
            await page.click("button[type=submit]")
            assert "Wrong name or password" in await page.inner_text("[role=alert]")

            await page.fill("input[name=name]", "asso")
            await page.fill("input[name=password]", PASSWORD)
            await page.click("button[type=submit]")
            assert page.url == f"{base}/"
            funnel = page.locator("section[id^=funnel-incident-]")
            assert "Flow “incident”" in await funnel.locator("h2").inner_text()
            welcome = funnel.locator("tr", has=page.locator("th", has_text="welcome"))
            assert await welcome.locator("td").first.inner_text() == str(PEOPLE)
            assert await funnel.locator("svg rect").count() >= 2, "bars for the steps shown"

            async with page.expect_download() as download_info:
                await funnel.locator("a.csv").click()
            download = await download_info.value
            assert download.suggested_filename.startswith("abri-funnel-incident-")
            csv_text = await asyncio.to_thread(Path(await download.path()).read_text)
            # Nobody stopped at "welcome": 0 is under 10, and the 12 who answered would give
            # it away (12 − 12), so that cell is hidden too.
            assert f"welcome,{PEOPLE},hidden,<10" in csv_text.splitlines()
            assert f"kind,{PEOPLE},<10,hidden" in csv_text.splitlines()  # where they stand now
            assert ",0" not in csv_text

            # Every page, as an administrator, a viewer and a stranger see them, at both widths.
            assert await run_cli(env, "add-user", "lecteur", "--password-stdin",
                                 stdin=PASSWORD + "\n") == 0  # fmt: skip
            problems = []
            for width in WIDTHS:
                viewer = await signed_in_page(browser, base, width, "lecteur")
                admin = await signed_in_page(browser, base, width, "asso")
                stranger = await browser.new_page(
                    viewport={"width": width, "height": 800}, bypass_csp=True
                )
                for visitor, path in [
                    (stranger, "/login"),
                    (admin, "/"),
                    (admin, "/?kind=week"),  # not offered: a problem page, still readable
                    (admin, "/users"),
                    (admin, "/no-such-page"),
                    (admin, "/?kind=year"),
                    (admin, "/report.csv?table=nope"),
                    (viewer, "/users"),
                ]:
                    await visitor.goto(base + path)
                    problems += [f"{path} at {width} px: {p}" for p in await page_problems(visitor)]
                await stranger.goto(f"{base}/login")
                await stranger.fill("input[name=name]", "asso")
                await stranger.fill("input[name=password]", "wrong")
                await stranger.click("button[type=submit]")
                problems += [
                    f"failed sign-in at {width} px: {p}" for p in await page_problems(stranger)
                ]
            assert problems == [], "\n".join(problems)
            await browser.close()
    finally:
        server.terminate()
        await server.wait()


async def signed_in_page(browser, base: str, width: int, name: str):
    """A page of its own browser context, signed in as `name`. Scripts may be added to it
    (axe-core) despite the pages' policy, which allows none."""
    context = await browser.new_context(viewport={"width": width, "height": 800}, bypass_csp=True)
    page = await context.new_page()
    await page.goto(f"{base}/login")
    await page.fill("input[name=name]", name)
    await page.fill("input[name=password]", PASSWORD)
    await page.click("button[type=submit]")
    assert page.url == f"{base}/", f"{name} could not sign in"
    return page


async def page_problems(page) -> list[str]:
    """What axe-core finds on the page (WCAG A and AA, best practices), and anything wider than
    the screen."""
    await page.add_script_tag(path=str(AXE))
    violations = await page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
            .map(v => `${v.id} (${v.impact}): ${v.nodes.length} node(s), first ${v.nodes[0].target}`)"""
    )
    overflow = await page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    return violations + ([f"{overflow} px wider than the screen"] if overflow > 0 else [])
