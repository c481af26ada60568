# origin: independent
def canWriteNote(note: str, pool: str) -> bool:
    if len(note) > len(pool):
        return False
    available = [0] * 26
    for ch in pool:
        available[ord(ch) - 97] += 1
    for ch in note:
        i = ord(ch) - 97
        if available[i] == 0:
            return False
        available[i] -= 1
    return True
