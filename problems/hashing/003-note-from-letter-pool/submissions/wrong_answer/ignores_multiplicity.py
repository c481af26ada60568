# bug: only checks that every needed letter occurs in the pool, ignoring how many copies are needed (fails sample 2)
# fails on: {"note": "aa", "pool": "a"}
# origin: independent
def canWriteNote(note: str, pool: str) -> bool:
    return set(note) <= set(pool)
