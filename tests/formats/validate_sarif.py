#!/usr/bin/env python3
"""SARIF output checked by Microsoft's SARIF Multitool, as GitHub code scanning ingests it.

Usage: validate_sarif.py MEDLINT MULTITOOL WORKDIR INPUT...
Lints the inputs as SARIF, validates the log with `Sarif.Multitool validate`, and fails on
any error-level validation result. Also checks the results against the JSON report (same
findings, regions for span findings only, stable fingerprints) and that the validator does
report errors for a broken log, so a silent validator cannot pass the test. Exit 77 (skip)
when the multitool is not installed (tools/install-deps.sh installs it).
"""
import json
import os
import subprocess
import sys


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def validate(multitool, log, out):
    if os.path.exists(out):
        os.remove(out)
    proc = run([multitool, "validate", log, "--output", out])
    if not os.path.exists(out):
        sys.exit(f"multitool wrote no validation log for {log}:\n{proc.stdout}\n{proc.stderr}")
    with open(out) as f:
        results = [r for run_ in json.load(f)["runs"] for r in run_.get("results", [])]
    return [r for r in results if r.get("level") == "error"]


def main():
    medlint, multitool, workdir, *inputs = sys.argv[1:]
    if not os.access(multitool, os.X_OK):
        print(f"skipped: {multitool} not installed", file=sys.stderr)
        return 77
    os.makedirs(workdir, exist_ok=True)
    env = dict(os.environ, MEDLINT_TEST="1")
    sarif_path = os.path.join(workdir, "report.sarif")
    proc = run([medlint, "check", "--format", "sarif", "--output", sarif_path, *inputs], env=env)
    assert proc.returncode in (0, 1), proc.stderr
    report = run([medlint, "check", "--format", "json", *inputs], env=env)
    expected = json.loads(report.stdout)

    errors = validate(multitool, sarif_path, os.path.join(workdir, "validation.sarif"))
    for e in errors:
        print("SARIF error:", e["ruleId"], e["message"].get("text", ""), file=sys.stderr)
    assert not errors, f"{len(errors)} SARIF validation errors"

    with open(sarif_path) as f:
        log = json.load(f)
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    run_ = log["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    rules = run_["tool"]["driver"]["rules"]
    rule_ids = [r["id"] for r in rules]
    assert len(rule_ids) == len(set(rule_ids)) and len(rules) > 20
    for r in rules:
        assert r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"], r["id"]
        assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
    findings = [f for file in expected["files"] for f in file["findings"]]
    results = run_["results"]
    assert len(results) == len(findings) > 0, (len(results), len(findings))
    for res, f in zip(results, findings):
        assert res["ruleId"] == f["rule"] and rule_ids[res["ruleIndex"]] == f["rule"]
        region = res["locations"][0]["physicalLocation"].get("region")
        if f["scope"] == "span":
            assert region["startLine"] == f["line"] and region["endColumn"] == f["end_column"] + 1
        else:
            assert region is None, "document findings carry no region"
        assert len(res["partialFingerprints"]["medlintFingerprint/v1"]) == 16

    # The fingerprints do not depend on line numbers: the same file with its text three lines
    # lower keeps every fingerprint.
    first = next(file for file in expected["files"] if any(f["scope"] == "span" for f in file["findings"]))
    with open(first["path"], "rb") as f:
        data = f.read()
    moved_dir = os.path.join(workdir, "moved")
    os.makedirs(moved_dir, exist_ok=True)
    name = "article" + os.path.splitext(first["path"])[1]

    def fingerprints(prefix):
        with open(os.path.join(moved_dir, name), "wb") as f:
            f.write(prefix + data)
        out = run([medlint, "check", "--no-config", "--format", "sarif", name], env=env, cwd=moved_dir)
        return sorted(r["partialFingerprints"]["medlintFingerprint/v1"] for r in json.loads(out.stdout)["runs"][0]["results"])

    before, after = fingerprints(b""), fingerprints(b"\n\n\n")
    assert before and before == after, "fingerprints changed when the text moved down three lines"

    # Negative control: the validator must reject a log without a driver.
    broken = os.path.join(workdir, "broken.sarif")
    with open(broken, "w") as f:
        json.dump({"version": "2.1.0", "runs": [{"tool": {}, "results": []}]}, f)
    assert validate(multitool, broken, os.path.join(workdir, "broken-validation.sarif")), "validator accepted a broken log"
    print(f"ok: {len(results)} results, {len(rules)} rules, zero validation errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
