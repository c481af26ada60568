class Solution:
    def beadStrings(self, beads: List[int]) -> List[List[int]]:
        """Start sorted and step to the next larger arrangement until none is left."""
        a = sorted(beads)
        out = [list(a)]
        n = len(a)
        while True:
            i = n - 2
            while i >= 0 and a[i] >= a[i + 1]:
                i -= 1
            if i < 0:
                return out
            j = n - 1
            while a[j] <= a[i]:
                j -= 1
            a[i], a[j] = a[j], a[i]
            a[i + 1:] = reversed(a[i + 1:])
            out.append(list(a))
