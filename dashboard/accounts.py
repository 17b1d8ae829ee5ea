"""Dashboard accounts: Argon2id password hashes, server-side sessions, throttled sign-in."""

from __future__ import annotations

import asyncio
import hashlib
import secrets
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from zxcvbn import zxcvbn

from storage.models import DashboardSession, DashboardUser, now, utc

ROLES = ("viewer", "admin")
MIN_PASSWORD = 12
# zxcvbn's scale: 3 is "safely unguessable" against an online attack that is throttled, and it
# refuses common passwords, names, dates, keyboard walks and repeats ("aaaaaaaaaaaa").
MIN_PASSWORD_SCORE = 3
SESSION_LENGTH = timedelta(hours=8)
HASHER = PasswordHasher()  # argon2-cffi's defaults: Argon2id, RFC 9106's low-memory profile
# Checked when the name is unknown, so an unknown name costs as much time as a wrong password.
_DUMMY_HASH = HASHER.hash(secrets.token_hex(16))


class AccountError(Exception):
    """Why an account could not be made or changed, in one line for the operator."""


@dataclass(frozen=True)
class SignedIn:
    name: str
    role: str
    csrf: str  # the token every form of this session carries


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


def _verified(stored: str, password: str) -> bool:
    try:
        return HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


class Accounts:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions

    async def add(self, name: str, password: str, role: str) -> None:
        name = name.strip()
        if not name or len(name) > 64:
            raise AccountError("the name must have 1 to 64 characters")
        if role not in ROLES:
            raise AccountError(f"the role must be one of: {', '.join(ROLES)}")
        if len(password) < MIN_PASSWORD:
            raise AccountError(f"the password must have at least {MIN_PASSWORD} characters")
        strength = zxcvbn(password[:200], user_inputs=[name, "abri", "dashboard"])
        if strength["score"] < MIN_PASSWORD_SCORE:
            hint = strength["feedback"]["warning"] or "it is too easy to guess"
            raise AccountError(
                f"the password is too weak ({hint.rstrip('.').lower()}); try a few unrelated words"
            )
        async with self.sessions() as session:
            if await session.get(DashboardUser, name) is not None:
                raise AccountError(f"there is already an account named {name!r}")
            session.add(DashboardUser(name=name, password_hash=HASHER.hash(password), role=role))
            await session.commit()

    async def remove(self, name: str) -> bool:
        async with self.sessions() as session:
            await session.execute(
                delete(DashboardSession).where(DashboardSession.user_name == name)
            )
            found = await session.execute(delete(DashboardUser).where(DashboardUser.name == name))
            await session.commit()
            return bool(found.rowcount)  # type: ignore[attr-defined]  # a DML result has one

    async def all(self) -> list[tuple[str, str]]:
        async with self.sessions() as session:
            rows = await session.execute(
                select(DashboardUser.name, DashboardUser.role).order_by(DashboardUser.name)
            )
            return [(name, role) for name, role in rows]

    async def sign_in(self, name: str, password: str) -> tuple[str, SignedIn] | None:
        """A new session's cookie token, if the password is right."""
        async with self.sessions() as session:
            user = await session.get(DashboardUser, name)
            stored = user.password_hash if user else _DUMMY_HASH
            # Argon2 takes tens of milliseconds of CPU by design: in a thread, off the loop.
            if not await asyncio.to_thread(_verified, stored, password) or user is None:
                return None
            if HASHER.check_needs_rehash(user.password_hash):
                user.password_hash = HASHER.hash(password)
            token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
            session.add(
                DashboardSession(
                    token_hash=_digest(token),
                    user_name=user.name,
                    csrf_token=csrf,
                    expires_at=now() + SESSION_LENGTH,
                )
            )
            await session.commit()
            return token, SignedIn(user.name, user.role, csrf)

    async def signed_in(self, token: str | None, moment: datetime | None = None) -> SignedIn | None:
        if not token:
            return None
        async with self.sessions() as session:
            row = await session.get(DashboardSession, _digest(token))
            if row is None:
                return None
            if utc(row.expires_at) <= (moment or now()):
                await session.delete(row)
                await session.commit()
                return None
            user = await session.get(DashboardUser, row.user_name)
            return SignedIn(user.name, user.role, row.csrf_token) if user else None

    async def sign_out(self, token: str) -> None:
        async with self.sessions() as session:
            await session.execute(
                delete(DashboardSession).where(DashboardSession.token_hash == _digest(token))
            )
            await session.commit()


class Throttle:
    """At most `limit` sign-in attempts that fail per name and per address in `window` seconds.

    `attempt` checks and counts in one step, before the password is checked: a burst of tries
    sent at once cannot all pass the check before any is counted. A right password then takes
    its own count back. Memory is bounded: names are cut to their first 64 characters (no
    account has a longer one), entries older than the window go, and at most `capacity` keys
    are kept (the oldest go first). Kept in memory: it protects one dashboard process (the
    dashboard runs as one).
    """

    def __init__(
        self,
        limit: int = 5,
        window: float = 900.0,
        clock: Callable[[], float] = time.monotonic,
        capacity: int = 10_000,
    ) -> None:
        self.limit, self.window, self.clock, self.capacity = limit, window, clock, capacity
        self.failures: OrderedDict[str, deque[float]] = OrderedDict()

    @staticmethod
    def keys(name: str, address: str) -> tuple[str, str]:
        return f"name:{name.lower()[:64]}", f"address:{address}"

    def attempt(self, *keys: str) -> int:
        """0 and counted as a failure, if a try is allowed; else the seconds to wait."""
        moment = self.clock()
        self._forget_before(moment - self.window)
        waits = [
            self.failures[key][0] + self.window - moment
            for key in keys
            if len(self.failures.get(key, ())) >= self.limit
        ]
        if waits:
            return int(max(waits)) + 1
        for key in keys:
            self.failures.setdefault(key, deque()).append(moment)
            self.failures.move_to_end(key)
        while len(self.failures) > self.capacity:
            self.failures.popitem(last=False)
        return 0

    def succeeded(self, name_key: str, *other_keys: str) -> None:
        """The password was right: the name starts afresh, the other keys get their try back."""
        self.failures.pop(name_key, None)
        for key in other_keys:
            recent = self.failures.get(key)
            if recent:
                recent.pop()

    def _forget_before(self, oldest: float) -> None:
        for key in list(self.failures):
            recent = self.failures[key]
            while recent and recent[0] <= oldest:
                recent.popleft()
            if not recent:
                del self.failures[key]
