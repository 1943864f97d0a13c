"""Odoo 18.0's own requirements.txt, adjusted for the Python it is installed on.

Usage: odoo_requirements.py ODOO_TREE > requirements.txt
(run by the Python that will get them: the markers are evaluated for it), and
       odoo_requirements.py --register ODOO_TREE
which tells that Python's pip that Odoo 18.0 is installed (the OCA addon
wheels require the distribution ``odoo``) without the dependencies of Odoo's
setup.py, which would bring back psycopg2 built from source.

This is the one place where the suite departs from Odoo's pins. Each
adjustment says why; everything else is installed exactly as Odoo pins it.
"""

import re
import sys

# name (lower case) -> the requirement to install instead (None: leave it out)
ADJUSTMENTS = {
    # Odoo's pins for Python < 3.12 only exist as sdists that no longer build
    # (cbor2 5.4.2's setup, gevent 22.10.2 / greenlet 2.0.2 with current Cython
    # and compilers); the Noble pins have wheels for 3.10-3.12.
    "cbor2": "cbor2==5.6.2",
    "gevent": "gevent==24.2.1",
    "greenlet": "greenlet==3.0.3",
    # psycopg2 builds from source (needs pg_config and libpq headers); the
    # binary wheel of the same driver needs neither.
    "psycopg2": "psycopg2-binary==2.9.9",
    # LDAP login (auth_ldap) is not used by the suite and needs OpenLDAP headers.
    "python-ldap": None,
    # wechatpayv3 needs a current cryptography; Odoo's pins for Python < 3.12
    # (cryptography 3.4.8, pyOpenSSL 21.0.0, urllib3 1.26.5) do not import
    # beside it. These are Odoo's own pins for Python 3.12 (Noble).
    "cryptography": "cryptography==42.0.8",
    "pyopenssl": "pyOpenSSL==24.1.0",
    "urllib3": "urllib3==2.0.7",
}

NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def adjusted(lines):
    from pip._vendor.packaging.markers import Marker  # noqa: PLC0415 (pip is in every venv)

    done = set()
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        requirement, _, marker = line.partition(";")
        if marker.strip() and not Marker(marker.strip()).evaluate():
            continue
        name = NAME.match(requirement).group(1).lower()
        if name in ADJUSTMENTS:
            if name in done:
                continue
            done.add(name)
            replacement = ADJUSTMENTS[name]
            if replacement:
                yield replacement
            continue
        yield requirement.strip()


def register(tree):
    import os  # noqa: PLC0415
    import sysconfig  # noqa: PLC0415

    site = sysconfig.get_path("purelib")
    info = os.path.join(site, "odoo-18.0.dist-info")
    os.makedirs(info, exist_ok=True)
    files = {
        "METADATA": "Metadata-Version: 2.1\nName: odoo\nVersion: 18.0\n"
        "Summary: Odoo 18.0 source tree (dependencies from its adjusted requirements.txt)\n",
        "INSTALLER": "mall-bootstrap\n",
    }
    pth = os.path.join(site, "odoo-source-tree.pth")
    with open(pth, "w") as f:
        f.write(os.path.abspath(tree) + "\n")
    for name, text in files.items():
        with open(os.path.join(info, name), "w") as f:
            f.write(text)
    with open(os.path.join(info, "RECORD"), "w") as f:
        for name in [*files, "RECORD"]:
            f.write(f"odoo-18.0.dist-info/{name},,\n")
        f.write(f"{os.path.basename(pth)},,\n")


if __name__ == "__main__":
    if sys.argv[1] == "--register":
        register(sys.argv[2])
        sys.exit(0)
    with open(f"{sys.argv[1]}/requirements.txt") as f:
        for requirement in adjusted(f):
            print(requirement)
