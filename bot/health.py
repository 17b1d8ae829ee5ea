"""The container's healthcheck: `python -m bot.health [URL]` exits 0 when the URL answers 200.

By default it asks this process's webhook server; the scheduler and the dashboard name their
own URL in HEALTH_URL (the metrics port, the sign-in page).
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request


def main(argv: list[str]) -> int:
    port = os.environ.get("WEBHOOK_PORT", "8081")
    url = argv[0] if argv else os.environ.get("HEALTH_URL", f"http://127.0.0.1:{port}/healthz")
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return 0 if response.status == 200 else 1
    except (urllib.error.URLError, OSError) as error:
        print(f"unhealthy: {url}: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
