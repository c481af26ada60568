# bug: demands more copies than needed, so a pool with exactly enough copies of a letter is rejected
# fails on: {"note": "a", "pool": "a"}
def canWriteNote(note, pool):
    need = {}
    for letter in note:
        need[letter] = need.get(letter, 0) + 1
    for letter, count in need.items():
        if not count < pool.count(letter):
            return False
    return True
