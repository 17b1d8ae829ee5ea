"""The guard behind "no outgoing request but the Bot API" works, here and in bot processes."""

import socket
import subprocess
import sys

import pytest

from tests.conftest import NETWORK_LOG


def test_a_connection_beyond_this_machine_is_stopped_and_recorded():
    before = NETWORK_LOG.read_text()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("192.0.2.1", 443), timeout=1)  # TEST-NET-1, never routed
    with pytest.raises(ConnectionRefusedError):
        socket.getaddrinfo("example.org", 443)
    assert "192.0.2.1" in NETWORK_LOG.read_text()[len(before) :]
    NETWORK_LOG.write_text(before)  # the attempts above were this test's own


def test_a_process_the_tests_start_is_guarded_too():
    before = NETWORK_LOG.read_text()
    code = "import socket; socket.getaddrinfo('example.org', 443)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0 and "ConnectionRefusedError" in result.stderr
    assert "example.org" in NETWORK_LOG.read_text()[len(before) :]
    NETWORK_LOG.write_text(before)


def test_this_machine_stays_reachable():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        socket.create_connection(server.getsockname(), timeout=1).close()
