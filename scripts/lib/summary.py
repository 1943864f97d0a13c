"""Sum pytest's JUnit reports and print the closing line.

    summary.py REPORT.xml...

Prints `N passed, N failed` (with `, N skipped` when any) as the last line
and exits 1 when anything failed or errored, or when a report is missing
(pytest crashed before writing it), or when no test ran at all.
"""

import os
import sys
import xml.etree.ElementTree as ET


def main(paths):
    passed = failed = skipped = 0
    for path in paths:
        if not os.path.exists(path):
            print(f"missing report {path}: that pytest run crashed", file=sys.stderr)
            failed += 1
            continue
        root = ET.parse(path).getroot()
        suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
        for suite in suites:
            for case in suite.iter("testcase"):
                if case.find("failure") is not None or case.find("error") is not None:
                    failed += 1
                elif case.find("skipped") is not None:
                    skipped += 1
                else:
                    passed += 1
            # errors outside any test case (collection errors)
            cases_failed = sum(
                1
                for c in suite.iter("testcase")
                if c.find("failure") is not None or c.find("error") is not None
            )
            declared = int(suite.get("errors", 0)) + int(suite.get("failures", 0))
            failed += max(0, declared - cases_failed)
    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line)
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
