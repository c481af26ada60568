# bug: compares counts only for letters that occur in the pool, so a note letter missing from the pool entirely is never checked
# fails on: {"note": "z", "pool": "a"}
# origin: independent
from collections import Counter


def canWriteNote(note: str, pool: str) -> bool:
    need = Counter(note)
    have = Counter(pool)
    for ch in have:
        if need[ch] > have[ch]:
            return False
    return True
