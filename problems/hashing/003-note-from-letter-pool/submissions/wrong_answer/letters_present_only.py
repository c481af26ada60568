# bug: checks only that each letter of the note occurs in the pool, not that there are enough copies
# fails on: {"note": "aa", "pool": "a"}
def canWriteNote(note, pool):
    return set(note) <= set(pool)
