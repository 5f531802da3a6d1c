#!/usr/bin/env python3
"""JUnit, checkstyle, GitHub and GitLab Code Quality outputs checked against the JSON report of the same run.

Usage: check_ci_formats.py MEDLINT INPUT...
JUnit and checkstyle must parse as XML (xml.etree, as Jenkins, GitLab and reviewdog parse
them) and carry exactly the findings of the JSON report; the GitHub format must print
well-formed workflow commands, most severe first, at most 10 per level, and a summary line
for the rest; Code Quality issues must match the findings with unique fingerprints.
"""
import collections
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET


def medlint(binary, fmt, inputs, *extra):
    env = dict(os.environ, MEDLINT_TEST="1")
    proc = subprocess.run([binary, "check", "--format", fmt, *extra, *inputs], capture_output=True, text=True, env=env)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


def main():
    binary, *inputs = sys.argv[1:]
    report = json.loads(medlint(binary, "json", inputs))
    files = report["files"]
    rules = json.loads(subprocess.run([binary, "rules", "list", "--json"], capture_output=True, text=True).stdout)
    checked = {r["id"] for r in rules}

    # JUnit: one suite per file, one case per rule checked, a failure per rule with findings
    # at or above --fail-on (error by default); lesser findings in system-out.
    root = ET.fromstring(medlint(binary, "junit", inputs))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [f["path"] for f in files]
    total_failures = 0
    for suite, file in zip(suites, files):
        cases = suite.findall("testcase")
        names = [c.get("name") for c in cases]
        assert set(names) >= checked and len(names) == len(set(names)), suite.get("name")
        assert int(suite.get("tests")) == len(cases)
        errors = collections.Counter(f["rule"] for f in file["findings"] if f["severity"] == "error")
        failing = {c.get("name"): c.find("failure") for c in cases if c.find("failure") is not None}
        assert set(failing) == set(errors), (suite.get("name"), set(failing), set(errors))
        for rule, failure in failing.items():
            assert failure.get("message").startswith(f"{errors[rule]} finding")
            assert failure.text.count("error: ") == errors[rule]
        assert int(suite.get("failures")) == len(failing)
        total_failures += len(failing)
    assert int(root.get("failures")) == total_failures > 0
    assert int(root.get("tests")) == sum(len(s.findall("testcase")) for s in suites)

    # --fail-on warning makes warnings failures too.
    strict = ET.fromstring(medlint(binary, "junit", inputs, "--fail-on", "warning"))
    assert int(strict.get("failures")) >= total_failures

    # Checkstyle: every finding once, with its line, severity and rule as source.
    root = ET.fromstring(medlint(binary, "checkstyle", inputs))
    assert root.tag == "checkstyle"
    got = [(f.get("name"), int(e.get("line")), e.get("severity"), e.get("source")) for f in root.findall("file") for e in f.findall("error")]
    want = [(file["path"], f["line"], f["severity"], "medlint." + f["rule"]) for file in files for f in file["findings"]]
    assert got == want, "checkstyle findings differ from the JSON report"

    # GitHub: workflow commands, most severe first, 10 per level, then a summary line.
    lines = medlint(binary, "github", inputs).splitlines()
    command = re.compile(r"^::(error|warning|notice) file=[^,:]+(,line=\d+,endLine=\d+(,col=\d+,endColumn=\d+)?)?,title=medlint [^,:]+::.+$")
    commands = [l for l in lines if l.startswith("::")]
    for line in commands:
        assert command.match(line), line
    levels = [line[2:line.index(" ")] for line in commands]
    order = {"error": 0, "warning": 1, "notice": 2}
    assert levels == sorted(levels, key=order.get), "annotations are not most severe first"
    counts = collections.Counter(levels)
    severities = collections.Counter(f["severity"] for file in files for f in file["findings"])
    for level, severity in (("error", "error"), ("warning", "warning"), ("notice", "info")):
        assert counts[level] == min(10, severities[severity]), (level, counts[level], severities[severity])
    left_out = sum(severities.values()) - len(commands)
    summary = [l for l in lines if not l.startswith("::")]
    if left_out:
        assert summary == [summary[0]] and f"{left_out} more finding" in summary[0], summary
    else:
        assert not summary
    # GitLab Code Quality: one issue per finding with a unique fingerprint.
    issues = json.loads(medlint(binary, "codequality", inputs))
    assert len(issues) == sum(len(file["findings"]) for file in files)
    assert len({i["fingerprint"] for i in issues}) == len(issues), "fingerprints are not unique"
    for issue, (path, f) in zip(issues, [(file["path"], f) for file in files for f in file["findings"]]):
        assert issue["check_name"] == f["rule"] and issue["severity"] in ("info", "minor", "major")
        assert issue["location"]["lines"]["begin"] == (f["line"] if f["scope"] == "span" else 1)
    print(f"ok: {len(files)} files, {total_failures} JUnit failures, {len(commands)} annotations, {left_out} left out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
