"""The tests' loopback servers never get a port an earlier one had in the same run.

QGIS's network cache is keyed by address: a server on the port of an earlier test's server was answered from that
server's cached capabilities and tiles (test_first_add saw another server's dates and drew nothing)."""

from __future__ import annotations

from terrascope_s2.tests.helpers.loopback_server import free_port


def test_free_port_never_hands_out_a_port_twice():
    ports = [free_port() for _ in range(1000)]  # the system's own choice repeats about 30 times in 1,000
    assert len(set(ports)) == len(ports)
