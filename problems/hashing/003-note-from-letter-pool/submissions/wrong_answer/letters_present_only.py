def canWriteNote(note, pool):
    # bug: checks that each letter is present, not that there are enough copies
    return set(note) <= set(pool)
