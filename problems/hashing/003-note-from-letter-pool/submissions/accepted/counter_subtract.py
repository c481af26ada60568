class Solution:
    def canWriteNote(self, note: str, pool: str) -> bool:
        # Counter subtraction keeps only positive counts: the letters still missing.
        return not (Counter(note) - Counter(pool))
