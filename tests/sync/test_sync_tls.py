"""The TLS context the HTTP clients share (``sync/tls.py``): made once, still verifying certificates, and
following ``SSL_CERT_FILE`` where the clients trust the environment. A real HTTPS server on the loopback with a
certificate of a test authority."""

from __future__ import annotations

import datetime
import http.server
import ipaddress
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from editor_app.sync.proxy import ProxyMode, ProxySettings
from editor_app.sync.tls import tls_context


def _certificate(
    subject: str, key: ec.EllipticCurvePrivateKey, issuer: tuple[str, ec.EllipticCurvePrivateKey] | None
):
    now = datetime.datetime.now(datetime.UTC)
    issuer_name, issuer_key = issuer or (subject, key)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer_name)]))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
    )
    if issuer is None:
        builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        builder = builder.add_extension(
            x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
                key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )  # fmt: skip
        builder = builder.add_extension(
            x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
        )
    else:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False
        )
    return builder.sign(issuer_key, hashes.SHA256())


@pytest.fixture
def https_site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An HTTPS server on 127.0.0.1 answering 200, and the file of the authority that signed its certificate."""
    authority_key = ec.generate_private_key(ec.SECP256R1())
    authority = _certificate("Test authority", authority_key, None)
    server_key = ec.generate_private_key(ec.SECP256R1())
    server = _certificate("127.0.0.1", server_key, ("Test authority", authority_key))
    ca_file = tmp_path / "authority.pem"
    ca_file.write_bytes(authority.public_bytes(serialization.Encoding.PEM))
    chain = tmp_path / "server.pem"
    chain.write_bytes(
        server.public_bytes(serialization.Encoding.PEM)
        + server_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )

    class Answer(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answer)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(chain)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{httpd.server_address[1]}/", ca_file
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_clients_share_one_context_per_kind() -> None:
    assert tls_context(trust_env=False) is tls_context(trust_env=False)
    assert ProxySettings(ProxyMode.NONE).client_options()["verify"] is tls_context(trust_env=False)
    assert ProxySettings(ProxyMode.SYSTEM).client_options()["verify"] is tls_context(trust_env=True)


def test_the_shared_context_still_refuses_an_unknown_authority(https_site: tuple[str, Path]) -> None:
    url, _ = https_site
    with (
        httpx2.Client(**ProxySettings(ProxyMode.NONE).client_options()) as client,
        pytest.raises(httpx2.ConnectError, match="CERTIFICATE_VERIFY_FAILED"),
    ):
        client.get(url)


def test_a_client_that_trusts_the_environment_follows_ssl_cert_file(
    https_site: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, ca_file = https_site
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    with httpx2.Client(**ProxySettings(ProxyMode.SYSTEM).client_options()) as client:
        assert client.get(url).text == "ok"
    with (
        httpx2.Client(**ProxySettings(ProxyMode.NONE).client_options()) as client,
        pytest.raises(httpx2.ConnectError),
    ):
        client.get(url)  # a client that ignores the environment does not take that authority
    monkeypatch.delenv("SSL_CERT_FILE")
    with (
        httpx2.Client(**ProxySettings(ProxyMode.SYSTEM).client_options()) as client,
        pytest.raises(httpx2.ConnectError),
    ):
        client.get(url)  # nor does one made after the variable is gone
