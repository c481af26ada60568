def canWriteNote(note, pool):
    # Correct, but searches the pool from the start for every letter of the note,
    # stepping over letters already used: O(n * m).
    used = [False] * len(pool)
    for letter in note:
        for p in range(len(pool)):
            if not used[p] and pool[p] == letter:
                used[p] = True
                break
        else:
            return False
    return True
