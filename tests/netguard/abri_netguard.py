"""No connection leaves this machine during the tests: only the stand-in Bot API (on
127.0.0.1) and local servers may be reached. An audit hook sees every connect and every name
lookup, in the test process and, through sitecustomize.py, in every bot process it starts."""

from __future__ import annotations

import ipaddress
import os
import sys

LOG_VARIABLE = "ABRI_NETWORK_LOG"
installed = False


def install(log_path: str) -> None:
    """Once per process. Refusals are written to the file LOG_VARIABLE names at the time (a
    pytest worker names its own), else to `log_path`."""
    global installed
    if installed:
        return
    installed = True

    def hook(event: str, args: tuple) -> None:
        if event == "socket.connect":
            address = args[1]
            host = address[0] if isinstance(address, tuple) else None  # None: a Unix socket
        elif event == "socket.getaddrinfo":
            host = args[0]
        else:
            return
        if host is None or _is_local(host):
            return
        with open(os.environ.get(LOG_VARIABLE) or log_path, "a", encoding="utf-8") as log:
            log.write(f"{event} {host!r}\n")
        raise ConnectionRefusedError(f"the tests may not reach {host!r}")

    sys.addaudithook(hook)


def _is_local(host: str | bytes) -> bool:
    name = host.decode() if isinstance(host, bytes) else str(host)
    if name in ("", "localhost"):
        return True
    try:
        return ipaddress.ip_address(name.split("%")[0]).is_loopback
    except ValueError:
        return False
