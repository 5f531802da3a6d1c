#!/usr/bin/env python3
"""Checks every corpus article against its NAME.expected.json with one medlint run per folder.

The per-article golden tests (run_golden.cmake) start the binary once per article; under
AddressSanitizer each start costs most of a second, so the sanitizer pass of tools/test.sh runs
this instead: the same articles and expected reports, one process per folder for the articles
without a NAME.args, and one run each for those with one. The corpus pass is turned off, as it
is in a one-article run, so each file's part of the report must equal the article's expected
report entry for entry. In the release pass it also shows that linting articles together gives
what linting each alone does.

Usage: run_golden_batch.py MEDLINT CORPUS_DIR"""
import difflib
import json
import os
import subprocess
import sys

ARTICLE_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm")


def lint(medlint, folder, names, extra_args):
    """The report of one medlint run over `names` (paths relative to `folder`)."""
    command = [medlint, "check", "--format", "json", "--fail-on", "never", "--no-config",
               "--no-corpus-checks", *extra_args, *names]
    run = subprocess.run(command, cwd=folder, capture_output=True, text=True,
                         env=dict(os.environ, MEDLINT_TEST="1"))
    if run.returncode != 0:
        sys.exit("medlint exited with %d in %s:\n%s" % (run.returncode, folder, run.stderr))
    return {entry["path"]: entry for entry in json.loads(run.stdout)["files"]}


def expected_entry(folder, name):
    """The article's entry in its expected report, or None when there is no expected report."""
    path = os.path.join(folder, os.path.splitext(name)[0] + ".expected.json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as report:
        return json.load(report)["files"][0]


def main():
    medlint, corpus = sys.argv[1], sys.argv[2]
    checked = failures = 0
    for folder, _, files in sorted(os.walk(corpus)):
        articles = sorted(name for name in files if name.endswith(ARTICLE_EXTENSIONS))
        together, alone = [], []
        for name in articles:
            args_file = os.path.join(folder, os.path.splitext(name)[0] + ".args")
            if os.path.exists(args_file):
                with open(args_file, encoding="utf-8") as lines:
                    alone.append((name, [line.rstrip("\n") for line in lines if line.strip()]))
            else:
                together.append(name)
        actual = lint(medlint, folder, together, []) if together else {}
        for name, extra_args in alone:
            actual.update(lint(medlint, folder, [name], extra_args))
        for name in articles:
            checked += 1
            want = expected_entry(folder, name)
            got = actual.get(name)
            if got == want and want is not None:
                continue
            failures += 1
            path = os.path.relpath(os.path.join(folder, name), corpus)
            if want is None:
                print("no expected report for %s" % path)
                continue
            print("report differs for %s (expected → actual):" % path)
            print("".join(difflib.unified_diff(json.dumps(want, indent=2).splitlines(True),
                                               json.dumps(got, indent=2).splitlines(True))))
    print("%d articles checked, %d differ" % (checked, failures))
    sys.exit(1 if failures or checked == 0 else 0)


if __name__ == "__main__":
    main()
