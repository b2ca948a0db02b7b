"""The peer parser on our reference strings: refextract (CERN/INSPIRE, GPL-2.0-or-later), run only from its own
environment bench/.venv-peer, never imported by cite (its licence forbids it as a dependency of ours).

    bench/.venv-peer/bin/python bench/peer.py REFERENCES.txt      # one reference string a line

Prints one JSON object: how many strings, how many references refextract returned, and its CPU seconds
(after a warm-up call, which loads its knowledge bases).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from refextract import extract_references_from_string


def main() -> None:
    strings = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
    extract_references_from_string("[1] J. Roe, Phys. Rev. D 12 (2001) 345.", is_only_references=True)
    text = "\n".join(f"[{k}] {s}" for k, s in enumerate(strings, 1))
    start = time.process_time()
    found = extract_references_from_string(text, is_only_references=True)
    seconds = time.process_time() - start
    print(json.dumps({"strings": len(strings), "references": len(found), "seconds": seconds}))


if __name__ == "__main__":
    main()
