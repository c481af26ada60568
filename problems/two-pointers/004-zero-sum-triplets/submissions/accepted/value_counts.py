class Solution:
    def zeroSumTriplets(self, nums: List[int]) -> List[List[int]]:
        # Count every value, choose the two smallest values a <= b of a triplet among
        # the distinct values, and look the third value c = -a - b up in the counts.
        counts = Counter(nums)
        distinct = sorted(counts)
        found = []
        for i, a in enumerate(distinct):
            if a > 0:
                break
            for j in range(i, len(distinct)):
                b = distinct[j]
                c = -a - b
                if c < b:
                    break
                if c not in counts:
                    continue
                if a == b == c:
                    ok = counts[a] >= 3
                elif a == b:
                    ok = counts[a] >= 2
                elif b == c:
                    ok = counts[b] >= 2
                else:
                    ok = True
                if ok:
                    found.append([a, b, c])
        return found
