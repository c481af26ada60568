class Solution:
    def anagramStarts(self, s: str, p: str) -> List[int]:
        """Two 26-slot count lists, compared after every slide (26 steps each)."""
        m = len(p)
        if m > len(s):
            return []
        want = [0] * 26
        have = [0] * 26
        for ch in p:
            want[ord(ch) - 97] += 1
        for ch in s[:m]:
            have[ord(ch) - 97] += 1
        result = [0] if have == want else []
        for right in range(m, len(s)):
            have[ord(s[right]) - 97] += 1
            have[ord(s[right - m]) - 97] -= 1
            if have == want:
                result.append(right - m + 1)
        return result
