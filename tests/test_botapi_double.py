"""The stand-in Bot API refuses what Telegram refuses; otherwise the other tests prove little."""

import json

import aiohttp
import pytest

TOKEN = "1:x"
KEYBOARD = {"inline_keyboard": [[{"text": "ok", "callback_data": "p:a:b"}]]}


async def call(telegram, method: str, **params) -> dict:
    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{telegram.url}/bot{TOKEN}/{method}", data=form) as response,
    ):
        return await response.json()


async def send(telegram, text: str, **params) -> dict:
    params.setdefault("link_preview_options", {"is_disabled": True})
    return await call(telegram, "sendMessage", chat_id="1", text=text, parse_mode="HTML", **params)


async def test_a_good_message_is_accepted(telegram):
    reply = await send(telegram, "<b>Bonjour</b> &amp; bienvenue", reply_markup=KEYBOARD)
    assert reply["ok"], reply
    assert reply["result"]["text"] == "Bonjour & bienvenue"


@pytest.mark.parametrize(
    ("text", "params", "why"),
    [
        ("hi", {"colour": "red"}, "unknown parameter colour"),
        ("   ", {}, "message text is empty"),
        ("x" * 4097, {}, "message is too long"),
        ("😀" * 2049, {}, "message is too long"),
        ("<b>unclosed", {}, "unclosed start tag"),
        ("<div>x</div>", {}, "unsupported start tag"),
        ("a < b", {}, "can't parse entities"),
        ("Tom & Jerry", {}, "can't parse entities"),
        ("&nbsp;", {}, "unsupported entity"),
        ("see https://a.example", {"link_preview_options": {}}, "link previews on"),
        (
            "hi",
            {"reply_markup": {"inline_keyboard": [[{"text": "x", "callback_data": "d" * 65}]]}},
            "BUTTON_DATA_INVALID",
        ),
        (
            "hi",
            {"reply_markup": {"inline_keyboard": [[{"text": "x", "callback_data": "d", "z": 1}]]}},
            "unknown field z",
        ),
    ],
    ids=[
        "unknown-param", "empty", "4097", "2049-emoji", "unclosed", "bad-tag", "bare-lt",
        "bare-amp", "named-entity", "preview", "callback-64", "unknown-field",
    ],
)  # fmt: skip
async def test_what_telegram_refuses_is_refused(telegram, text, params, why):
    reply = await send(telegram, text, **params)
    assert not reply["ok"]
    assert why in reply["description"]


async def test_4096_utf16_units_pass(telegram):
    assert (await send(telegram, "x" * 4096))["ok"]


async def test_identical_edit_and_missing_parameter_are_refused(telegram):
    sent = (await send(telegram, "<i>same</i>"))["result"]
    edit = await call(
        telegram,
        "editMessageText",
        chat_id="1",
        message_id=str(sent["message_id"]),
        text="<i>same</i>",
        parse_mode="HTML",
    )
    assert "message is not modified" in edit["description"]
    missing = await call(telegram, "sendMessage", text="no chat")
    assert "chat_id is required" in missing["description"]
    unknown = await call(telegram, "sendTelepathy", chat_id="1")
    assert unknown["error_code"] == 404
