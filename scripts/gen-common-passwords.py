#!/usr/bin/env python3
"""Writes AsahCore's list of the 10,000 most common passwords, one per line, most common first.

Source: the "passwords" frequency list shipped in zxcvbn 4.5.0 (PyPI, MIT licence), itself ranked
from leaked password corpora. Run once when the list should change:

    python3 -m venv /tmp/zx && /tmp/zx/bin/pip install zxcvbn==4.5.0
    /tmp/zx/bin/python scripts/gen-common-passwords.py
"""
from pathlib import Path

from zxcvbn.frequency_lists import FREQUENCY_LISTS

OUT = Path(__file__).resolve().parent.parent / "Packages/AsahCore/Sources/AsahCore/Resources/common-passwords.txt"
seen, ranked = set(), []
for word in FREQUENCY_LISTS["passwords"]:
    word = word.strip().lower()
    if word and word not in seen:
        seen.add(word)
        ranked.append(word)
    if len(ranked) == 10_000:
        break
OUT.write_text("\n".join(ranked) + "\n", encoding="utf-8")
print(f"{OUT}: {len(ranked)} passwords, {sum(len(w) >= 10 for w in ranked)} of them 10 characters or more")
