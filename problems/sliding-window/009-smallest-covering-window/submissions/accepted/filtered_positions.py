class Solution:
    def smallestCoveringWindow(self, s: str, t: str) -> str:
        """Slide only over the positions whose letter occurs in t."""
        need = Counter(t)
        spots = [(i, ch) for i, ch in enumerate(s) if ch in need]
        have: Dict[str, int] = defaultdict(int)
        formed = 0
        best_len, best_start = inf, 0
        lo = 0
        for i, ch in spots:
            have[ch] += 1
            if have[ch] == need[ch]:
                formed += 1
            while formed == len(need):
                start = spots[lo][0]
                if i - start + 1 < best_len:
                    best_len, best_start = i - start + 1, start
                first = spots[lo][1]
                have[first] -= 1
                if have[first] < need[first]:
                    formed -= 1
                lo += 1
        return "" if best_len == inf else s[best_start : best_start + best_len]
