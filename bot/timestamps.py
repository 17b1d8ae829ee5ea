"""Trusted timestamps (RFC 3161) for the dossier.

Only the SHA-256 digest of the dossier's record leaves the machine, to each time-stamp authority
the operator names (TIMESTAMP_URLS). An answer is kept only once verified: signed by a
certificate for time-stamping that chains to the operator's roots (TIMESTAMP_CA_FILE), for this
digest and this request's nonce. Whatever fails (no network, an authority down, a bad answer)
leaves the stamp pending, and the reminder loop asks again later. rfc3161-client builds the
request and checks the answer: no ASN.1 is written here. Imported only where authorities are
named (bot/runtime.py): most bots never need it, and it costs every start some 45 ms.
"""

from __future__ import annotations

from pathlib import Path

import aiohttp
import structlog
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from rfc3161_client import (
    HashAlgorithm,
    TimestampRequestBuilder,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)

from bot.settings import Settings
from bot.views.dossier import Stamp

log = structlog.get_logger(__name__)
QUERY, REPLY = "application/timestamp-query", "application/timestamp-reply"
LARGEST_REPLY = 64 * 1024  # a token with its certificates is a few kilobytes


class Authorities:
    def __init__(self, urls: tuple[str, ...], roots: list[x509.Certificate], timeout: float):
        self.urls = urls
        self.roots = roots
        # What `openssl ts -verify -CAfile` needs, carried by every dossier: each token carries
        # its signer's certificate, the roots are these.
        self.roots_pem = b"".join(root.public_bytes(Encoding.PEM) for root in roots)
        self.timeout = timeout

    @classmethod
    def from_settings(cls, settings: Settings) -> Authorities:
        assert settings.timestamp_ca_file is not None  # required with TIMESTAMP_URLS
        roots = load_roots(settings.timestamp_ca_file)
        return cls(settings.timestamp_authorities, roots, settings.timestamp_timeout_seconds)

    async def stamp(self, authority: str, record: bytes) -> Stamp | None:
        """The authority's verified timestamp of the record, or None (pending) if it cannot
        give one now."""
        request = (
            TimestampRequestBuilder()
            .data(record)
            .hash_algorithm(HashAlgorithm.SHA256)
            .cert_request(cert_request=True)  # the signer's certificate comes with the token
            .build()
        )
        try:
            answer = await self._ask(authority, request.as_bytes())
            response = decode_timestamp_response(answer)
            verifier = VerifierBuilder.from_request(request)
            for root in self.roots:
                verifier = verifier.add_root_certificate(root)
            verifier.build().verify_message(response, record)
        except (OSError, TimeoutError, aiohttp.ClientError, ValueError, VerificationError) as error:
            # Pending: asked again later. The reason names no record, only what went wrong.
            log.warning("timestamp_pending", authority=authority, error=_reason(error))
            return None
        return Stamp(authority, answer, response.tst_info.gen_time)

    async def _ask(self, authority: str, query: bytes) -> bytes:
        timeout = aiohttp.ClientTimeout(total=self.timeout)
        async with (
            aiohttp.ClientSession(timeout=timeout) as http,
            http.post(authority, data=query, headers={"Content-Type": QUERY}) as answer,
        ):
            if answer.status != 200 or answer.content_type != REPLY:
                raise ValueError(f"answered {answer.status} {answer.content_type}")
            body = await answer.content.read(LARGEST_REPLY + 1)
            if len(body) > LARGEST_REPLY:
                raise ValueError("answer too large")
            return body


def _reason(error: Exception) -> str:
    if isinstance(error, ValueError | VerificationError):
        return str(error)[:200]
    return type(error).__name__


def load_roots(path: Path) -> list[x509.Certificate]:
    return x509.load_pem_x509_certificates(path.read_bytes())
