"""Loaded by every Python process the tests start (PYTHONPATH): the network guard."""

import os

if os.environ.get("ABRI_NETWORK_LOG"):
    import abri_netguard

    abri_netguard.install(os.environ["ABRI_NETWORK_LOG"])
