"""A time-stamp authority for the tests (RFC 3161 over HTTP), on 127.0.0.1.

It makes its own root and a time-stamping certificate under it, and answers each query with a
token signed as real authorities sign them (CMS SignedData over a TSTInfo, with the
signing-certificate attribute `openssl ts -verify` requires). Built with asn1crypto and
cryptography; the bot checks its answers with rfc3161-client, and the tests with openssl.
"""

from __future__ import annotations

import hashlib
import itertools
import secrets
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aiohttp import web
from asn1crypto import algos, cms, core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

POLICY = "1.3.6.1.4.1.55555.1.1"  # a private policy id: this authority is nobody's


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _certificate(
    subject: str, key: ec.EllipticCurvePrivateKey, issuer: str, signer: ec.EllipticCurvePrivateKey
) -> x509.CertificateBuilder:
    now = datetime.now(UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
    )


class TimestampAuthority:
    def __init__(self, directory: Path) -> None:
        # Each authority its own names, as real ones have: a verifier picks a root by name.
        root_name = f"Abri test root {secrets.token_hex(4)}"
        self.root_key = ec.generate_private_key(ec.SECP256R1())
        self.root = (
            _certificate(root_name, self.root_key, root_name, self.root_key)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .sign(self.root_key, hashes.SHA256())
        )
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.certificate = (
            _certificate("Abri test TSA", self.key, root_name, self.root_key)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
            )
            .sign(self.root_key, hashes.SHA256())
        )
        directory.mkdir(exist_ok=True)
        self.roots_file = directory / "tsa-roots.pem"
        self.roots_file.write_bytes(self.root.public_bytes(serialization.Encoding.PEM))
        self.down = False  # answers 503, as an authority out of service does
        self.queries: list[tsp.TimeStampReq] = []
        self._serials = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/", self._answer)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}/"
        return self.url

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    async def _answer(self, request: web.Request) -> web.Response:
        if self.down:
            return web.Response(status=503, text="out of service")
        if request.content_type != "application/timestamp-query":
            return web.Response(status=415)
        query = tsp.TimeStampReq.load(await request.read())
        self.queries.append(query)
        return web.Response(
            body=self.respond(query).dump(), content_type="application/timestamp-reply"
        )

    def respond(self, query: tsp.TimeStampReq) -> tsp.TimeStampResp:
        info = {
            "version": "v1",
            "policy": POLICY,
            "message_imprint": query["message_imprint"],
            "serial_number": next(self._serials),
            "gen_time": datetime.now(UTC).replace(microsecond=0),
            "accuracy": {"seconds": 1},
        }
        if query["nonce"].native is not None:
            info["nonce"] = query["nonce"].native
        content = tsp.TSTInfo(info).dump()
        certificate_der = self.certificate.public_bytes(serialization.Encoding.DER)
        certificate_hash = hashlib.sha256(certificate_der).digest()
        attributes = [
            cms.CMSAttribute({"type": "content_type", "values": ["tst_info"]}),
            cms.CMSAttribute(
                {"type": "message_digest", "values": [hashlib.sha256(content).digest()]}
            ),
            cms.CMSAttribute(
                {
                    "type": "signing_certificate_v2",
                    "values": [{"certs": [{"cert_hash": certificate_hash}]}],
                }
            ),
        ]
        # DER orders a SET OF by its members' encodings: the signature is over that encoding.
        signed_attributes = cms.CMSAttributes(sorted(attributes, key=lambda a: a.dump()))
        signature = self.key.sign(signed_attributes.dump(), ec.ECDSA(hashes.SHA256()))
        certificate = asn1_x509.Certificate.load(certificate_der)
        signer = {
            "version": "v1",
            "sid": {
                "issuer_and_serial_number": {
                    "issuer": certificate.issuer,
                    "serial_number": certificate.serial_number,
                }
            },
            "digest_algorithm": {"algorithm": "sha256"},
            "signed_attrs": signed_attributes,
            "signature_algorithm": {"algorithm": "sha256_ecdsa"},
            "signature": signature,
        }
        signed_data = cms.SignedData(
            {
                "version": "v3",
                "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
                "encap_content_info": {
                    "content_type": "tst_info",
                    "content": core.ParsableOctetString(content),
                },
                "certificates": [certificate],
                "signer_infos": [signer],
            }
        )
        token = cms.ContentInfo({"content_type": "signed_data", "content": signed_data})
        return tsp.TimeStampResp({"status": {"status": "granted"}, "time_stamp_token": token})
