"""Puts Odoo's source tree in place: fetch_odoo.py SOURCE TARGET DOWNLOADS.

SOURCE is a URL (http/https/file) of a .tar.gz archive of the tree, a local
archive, or a local source tree. TARGET is created complete or not at all:
the archive is downloaded to DOWNLOADS/<name>.part (resumed with a Range
request when the server allows it), checked (a whole gzip stream, odoo-bin and
odoo/release.py of 18.0 inside), unpacked next to TARGET and renamed into
place. A source tree is linked, not copied. Exit status 0 when TARGET is
ready, 3 with a message on stderr otherwise.
"""

import hashlib
import os
import shutil
import sys
import tarfile
import time
import urllib.error
import urllib.parse
import urllib.request

CHUNK = 1 << 20


class Failure(Exception):
    pass


def say(msg):
    print(f"==> {msg}", flush=True)


def human(n):
    return f"{n / (1 << 20):.1f} MB"


def download(url, downloads):
    os.makedirs(downloads, exist_ok=True)
    name = hashlib.sha256(url.encode()).hexdigest()[:16] + ".tar.gz"
    final = os.path.join(downloads, name)
    if os.path.isfile(final):
        say(f"Odoo archive already downloaded ({human(os.path.getsize(final))}): {final}")
        return final
    part = final + ".part"
    have = os.path.getsize(part) if os.path.exists(part) else 0
    request = urllib.request.Request(url, headers={"User-Agent": "odoo-wechat-mall-bootstrap"})
    if have:
        request.add_header("Range", f"bytes={have}-")
    try:
        response = urllib.request.urlopen(request, timeout=60)  # noqa: S310 (URL chosen by the user)
    except urllib.error.HTTPError as e:
        if e.code == 416 and have:  # the part is complete already
            os.replace(part, final)
            return final
        raise Failure(f"downloading {url} failed: HTTP {e.code} {e.reason}") from e
    except (urllib.error.URLError, OSError) as e:
        raise Failure(f"downloading {url} failed: {getattr(e, 'reason', e)}") from e
    with response:
        if have and response.status != 206:
            have = 0  # the server ignored the Range: start again
        total = response.headers.get("Content-Length")
        total = int(total) + have if total and total.isdigit() else None
        verb = f"resuming at {human(have)}" if have else "downloading"
        say(f"{verb} Odoo 18.0 from {url}" + (f" ({human(total)})" if total else ""))
        last = 0.0
        with open(part, "ab" if have else "wb") as out:
            done = have
            while True:
                try:
                    chunk = response.read(CHUNK)
                except OSError as e:
                    raise Failure(
                        f"the download of {url} broke off at {human(done)}: {e}; "
                        "run the command again to resume it"
                    ) from e
                if not chunk:
                    break
                out.write(chunk)
                done += len(chunk)
                now = time.monotonic()
                if now - last > 2:
                    last = now
                    pct = f" {100 * done // total}%" if total else ""
                    print(f"    {human(done)}{pct}", flush=True)
    if total and done < total:
        raise Failure(
            f"the download of {url} stopped at {human(done)} of {human(total)}; "
            "run the command again to resume it"
        )
    os.replace(part, final)
    say(f"downloaded {human(os.path.getsize(final))}")
    return final


def unpack(archive, target):
    parent = os.path.dirname(target)
    tmp = target + ".unpacking"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    say(f"unpacking {archive}")
    try:
        with tarfile.open(archive, "r:*") as tar:
            if hasattr(tarfile, "data_filter"):
                tar.extractall(tmp, filter="data")
            else:  # Python < 3.10.12 / 3.11.4
                tar.extractall(tmp)  # noqa: S202
    except (tarfile.TarError, EOFError, OSError) as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise Failure(f"{archive} is not a whole tar.gz archive ({e})") from e
    entries = os.listdir(tmp)
    root = tmp
    if len(entries) == 1 and os.path.isdir(os.path.join(tmp, entries[0])):
        root = os.path.join(tmp, entries[0])  # GitHub's archives: one top folder
    check_tree(root, archive)
    os.makedirs(parent, exist_ok=True)
    shutil.rmtree(target, ignore_errors=True)
    os.replace(root, target)
    shutil.rmtree(tmp, ignore_errors=True)


def check_tree(root, origin):
    release = os.path.join(root, "odoo", "release.py")
    if not (os.path.isfile(os.path.join(root, "odoo-bin")) and os.path.isfile(release)):
        raise Failure(f"{origin} holds no Odoo source tree (odoo-bin and odoo/release.py missing)")
    scope = {}
    with open(release) as f:
        exec(compile(f.read(), release, "exec"), scope)  # noqa: S102 (Odoo's own release file)
    if tuple(scope["version_info"][:2]) != (18, 0):
        found = "%s.%s" % tuple(scope["version_info"][:2])
        raise Failure(f"{origin} is Odoo {found}, the suite needs 18.0")


def main(source, target, downloads):
    if os.path.isdir(source):
        check_tree(source, source)
        if os.path.lexists(target):
            os.remove(target) if os.path.islink(target) else shutil.rmtree(target)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        os.symlink(os.path.abspath(source), target)
        say(f"using the Odoo source tree {source}")
        return
    if os.path.isfile(source):
        unpack(source, target)
        return
    scheme = urllib.parse.urlparse(source).scheme
    if scheme not in ("http", "https", "file"):
        raise Failure(f"ODOO_SOURCE '{source}' is neither a URL, an archive nor a source tree")
    archive = download(source, downloads)
    try:
        unpack(archive, target)
    except Failure:
        os.remove(archive)  # a bad archive is never used twice
        raise


if __name__ == "__main__":
    try:
        main(*sys.argv[1:4])
    except Failure as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(3)
