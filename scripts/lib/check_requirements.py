"""Exit 0 when every requirement in the given files is installed, else 1.

Used by scripts/run and scripts/test before anything else, so that a missing
or wrong dependency is installed (or fails loudly) instead of surfacing as an
import error deep inside a test.
"""

import sys
from importlib import metadata

try:
    from packaging.requirements import InvalidRequirement, Requirement
except ImportError:  # pip's vendored copy is always there
    from pip._vendor.packaging.requirements import InvalidRequirement, Requirement


def requirement_lines(path, seen):
    if path in seen:
        return
    seen.add(path)
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.split(" #", 1)[0].strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("-r "):
                import os

                yield from requirement_lines(
                    os.path.join(os.path.dirname(path), line[3:].strip()), seen
                )
                continue
            yield line


def main(paths):
    missing = []
    seen = set()
    for path in paths:
        for line in requirement_lines(path, seen):
            try:
                req = Requirement(line)
            except InvalidRequirement:
                missing.append(f"{line} (unreadable)")
                continue
            if req.marker and not req.marker.evaluate():
                continue
            try:
                version = metadata.version(req.name)
            except metadata.PackageNotFoundError:
                missing.append(f"{req} (not installed)")
                continue
            if req.specifier and not req.specifier.contains(version, prereleases=True):
                missing.append(f"{req} (found {version})")
    for m in missing:
        print(f"requirement missing: {m}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
