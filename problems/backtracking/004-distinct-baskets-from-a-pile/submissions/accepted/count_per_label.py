from collections import Counter


class Solution:
    def distinctBaskets(self, pile: List[int]) -> List[List[int]]:
        """For each label, choose how many of its copies go in: 0 .. count."""
        counts = sorted(Counter(pile).items())
        out = []
        basket = []

        def go(i):
            if i == len(counts):
                out.append(list(basket))
                return
            value, count = counts[i]
            go(i + 1)
            for _ in range(count):
                basket.append(value)
                go(i + 1)
            del basket[len(basket) - count:]

        go(0)
        return out
