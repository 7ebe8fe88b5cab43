#!/usr/bin/env python3
"""Checks a Simpul open-data release as a mirror or a reader holds it.

    python3 scripts/verify_release.py RELEASE_FOLDER PUBLIC_KEY_BASE64

The folder holds manifest.json, manifest.json.sig and the files the manifest names. The
signature (Ed25519, over the exact bytes of manifest.json) is checked with the task force's
published public key, then each file against its SHA-256 in the manifest. Needs PyPI's
`cryptography`. Exit status 0 when everything verifies; 1 naming the first file that does not.
"""
import base64
import hashlib
import json
import pathlib
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


def main(folder: str, public_key: str) -> int:
    root = pathlib.Path(folder)
    manifest_bytes = (root / "manifest.json").read_bytes()
    signature = (root / "manifest.json.sig").read_bytes()
    key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key))
    try:
        key.verify(signature, manifest_bytes)
    except InvalidSignature:
        print("manifest.json: signature does not verify", file=sys.stderr)
        return 1
    manifest = json.loads(manifest_bytes)
    for entry in manifest["files"]:
        data = (root / entry["name"]).read_bytes()
        if hashlib.sha256(data).hexdigest() != entry["sha256"] or len(data) != entry["bytes"]:
            print(f"{entry['name']}: SHA-256 or size differs from the manifest", file=sys.stderr)
            return 1
    print(f"release {manifest['version']}: signature and {len(manifest['files'])} files verified")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
