#!/usr/bin/env python3
"""Validates every profile in rules/profiles against rules/schema/profile.schema.json
(JSON Schema 2020-12, Debian's python3-jsonschema). Usage: validate_profiles.py SOURCE_DIR"""
import glob, json, os, sys
import jsonschema

root = sys.argv[1]
schema = json.load(open(os.path.join(root, "rules/schema/profile.schema.json")))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failures = 0
files = sorted(glob.glob(os.path.join(root, "rules/profiles/*.json")))
for path in files:
    for error in validator.iter_errors(json.load(open(path))):
        failures += 1
        print("%s: at /%s: %s" % (os.path.relpath(path, root), "/".join(map(str, error.absolute_path)), error.message))
print("%d profiles checked, %d problems" % (len(files), failures))
sys.exit(1 if failures or not files else 0)
