"""Dashboard accounts: Argon2id password hashes, server-side sessions, throttled sign-in."""

from __future__ import annotations

import hashlib
import secrets
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import DashboardSession, DashboardUser, now, utc

ROLES = ("viewer", "admin")
MIN_PASSWORD = 12
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
            try:
                HASHER.verify(user.password_hash if user else _DUMMY_HASH, password)
            except (VerificationError, InvalidHashError):
                return None
            if user is None:
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
    """At most `limit` failed sign-ins per name and per address in `window` seconds.

    Kept in memory: it protects one dashboard process (the dashboard runs as one).
    """

    def __init__(
        self, limit: int = 5, window: float = 900.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self.failures: dict[str, deque[float]] = defaultdict(deque)

    def wait(self, *keys: str) -> int:
        """Seconds to wait before another try, 0 if one is allowed."""
        moment = self.clock()
        waits = [0.0]
        for key in keys:
            recent = self.failures[key]
            while recent and recent[0] <= moment - self.window:
                recent.popleft()
            if len(recent) >= self.limit:
                waits.append(recent[0] + self.window - moment)
        return int(max(waits)) + (1 if max(waits) else 0)

    def failed(self, *keys: str) -> None:
        for key in keys:
            self.failures[key].append(self.clock())

    def succeeded(self, *keys: str) -> None:
        for key in keys:
            self.failures.pop(key, None)
