# bug: returns False straight away for an empty pool, even though an empty note can always be written
# fails on: {"note": "", "pool": ""}
# origin: independent
from collections import Counter


def canWriteNote(note: str, pool: str) -> bool:
    if not pool:
        return False
    need = Counter(note)
    have = Counter(pool)
    for ch, count in need.items():
        if count > have[ch]:
            return False
    return True
