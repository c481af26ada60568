# slow: O(n * (n + m)): recounts the letter in both whole strings for every character of the note
# origin: independent
def canWriteNote(note: str, pool: str) -> bool:
    for ch in note:
        if note.count(ch) > pool.count(ch):
            return False
    return True
