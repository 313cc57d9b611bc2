"""Loaded by a subprocess started with this folder first on PYTHONPATH: no network but loopback.

Any name lookup or connection to a non-loopback address fails with OSError and a line
"offline-guard: refused ..." on stderr, so a test can tell "tried the internet" from
"could not reach the stand-in".
"""

from __future__ import annotations

import ipaddress
import socket
import sys

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}
_real_getaddrinfo = socket.getaddrinfo
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(host: object) -> bool:
    if host is None:
        return True  # getaddrinfo(None, port): the local host
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").split("%", 1)[0]
    if host.lower() in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _refuse(what: str) -> OSError:
    sys.stderr.write(f"offline-guard: refused {what}\n")
    sys.stderr.flush()
    return OSError(101, f"offline-guard: network unreachable ({what})")


def _getaddrinfo(host, *args, **kwargs):
    if not _is_local(host):
        raise _refuse(f"lookup of {host!r}")
    return _real_getaddrinfo(host, *args, **kwargs)


def _check(sock: socket.socket, address: object) -> None:
    inet = sock.family in (socket.AF_INET, socket.AF_INET6) and isinstance(address, tuple)
    if inet and not _is_local(address[0]):
        raise _refuse(f"connection to {address[0]}:{address[1]}")


def _connect(self, address):
    _check(self, address)
    return _real_connect(self, address)


def _connect_ex(self, address):
    _check(self, address)
    return _real_connect_ex(self, address)


socket.getaddrinfo = _getaddrinfo
socket.socket.connect = _connect
socket.socket.connect_ex = _connect_ex
