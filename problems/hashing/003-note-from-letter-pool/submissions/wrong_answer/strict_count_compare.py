# bug: rejects when the note needs exactly as many copies as the pool has (>= instead of >) (fails sample 1)
# fails on: {"note": "a", "pool": "a"}
# origin: independent
from collections import Counter


def canWriteNote(note: str, pool: str) -> bool:
    need = Counter(note)
    have = Counter(pool)
    for ch, count in need.items():
        if count >= have[ch]:
            return False
    return True
