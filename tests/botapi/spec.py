"""Checks a Bot API call against the vendored Bot API description (telegram/api.json, see its
README), as strictly as Telegram would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SPEC_PATH = Path(__file__).parent / "telegram" / "api.json"
# Parameters Telegram still accepts though the documentation no longer lists them.
LEGACY = {"disable_web_page_preview", "reply_to_message_id", "allow_sending_without_reply"}


class Refused(Exception):
    def __init__(self, description: str, code: int = 400) -> None:
        super().__init__(description)
        self.description = description
        self.code = code


class Spec:
    def __init__(self, path: Path = SPEC_PATH) -> None:
        data = json.loads(path.read_text())
        self.methods = {name.lower(): m for name, m in data["methods"].items()}
        self.types = data["types"]

    def check_call(self, method: str, params: dict[str, str]) -> dict[str, Any]:
        """Decode form parameters by their declared types; refuse what Telegram refuses."""
        spec = self.methods.get(method.lower())
        if spec is None:
            raise Refused("Not Found: method not found", 404)
        fields = {f["name"]: f for f in spec.get("fields", [])}
        decoded: dict[str, Any] = {}
        for name, raw in params.items():
            if name in LEGACY:
                decoded[name] = _scalar(raw)
                continue
            if name not in fields:
                raise Refused(f"Bad Request: unknown parameter {name}")
            decoded[name] = self._decode(name, raw, fields[name]["types"])
        for name, field in fields.items():
            if field["required"] and name not in decoded:
                raise Refused(f"Bad Request: parameter {name} is required")
        return decoded

    def _decode(self, name: str, raw: str, types: list[str]) -> Any:
        for kind in types:
            try:
                value = _decode_one(raw, kind)
            except ValueError:
                continue
            if kind in self.types and isinstance(value, dict):
                self.check_object(kind, value, name)
            return value
        raise Refused(f"Bad Request: wrong type of parameter {name}, expected {' or '.join(types)}")

    def check_object(self, type_name: str, value: dict[str, Any], where: str) -> None:
        spec = self.types.get(type_name)
        if spec is None or "fields" not in spec:
            return
        fields = {f["name"]: f for f in spec["fields"]}
        for key, item in value.items():
            if key not in fields:
                raise Refused(f"Bad Request: {where}: unknown field {key} in {type_name}")
            for kind in fields[key]["types"]:
                self._check_nested(kind, item, f"{where}.{key}")
        for key, field in fields.items():
            if field["required"] and key not in value:
                raise Refused(f"Bad Request: {where}: field {key} of {type_name} is required")

    def _check_nested(self, kind: str, item: Any, where: str) -> None:
        if kind.startswith("Array of "):
            for element in item if isinstance(item, list) else []:
                self._check_nested(kind[len("Array of ") :], element, where)
        elif kind in self.types and isinstance(item, dict):
            self.check_object(kind, item, where)


def _scalar(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _decode_one(raw: str, kind: str) -> Any:
    if kind == "Integer":
        return int(raw)
    if kind == "Float":
        return float(raw)
    if kind == "Boolean":
        if raw not in ("true", "false", "True", "False"):
            raise ValueError(raw)
        return raw.lower() == "true"
    if kind == "String":
        return raw
    if kind.startswith("Array of"):
        value = json.loads(raw)
        if not isinstance(value, list):
            raise ValueError(raw)
        return value
    if kind == "InputFile":
        raise ValueError(raw)
    value = json.loads(raw)
    if not isinstance(value, dict):
        raise ValueError(raw)
    return value
