def canWriteNote(note, pool):
    need = {}
    for letter in note:
        need[letter] = need.get(letter, 0) + 1
    for letter, count in need.items():
        if not count < pool.count(letter):  # bug: exactly enough copies is enough
            return False
    return True
