class Solution:
    def canSplitIntoWords(self, text: str, words: List[str]) -> bool:
        # O(n^2) slices: for each end, try every earlier cut that is reachable
        known = set(words)
        n = len(text)
        ok = [True] + [False] * n
        for i in range(1, n + 1):
            for j in range(i):
                if ok[j] and text[j:i] in known:
                    ok[i] = True
                    break
        return ok[n]
