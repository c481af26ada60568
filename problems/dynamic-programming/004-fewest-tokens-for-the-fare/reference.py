"""Bottom-up over the amounts 0..fare.

fewest[a] is the fewest tokens that make exactly a (fare + 1 stands for "impossible":
no payment uses more than fare tokens). The last token handed over has some value t <= a,
so fewest[a] = 1 + min(fewest[a - t]).

Time O(fare * k) for k token values; extra space O(fare).
"""


def fewestTokens(tokens: list[int], fare: int) -> int:
    never = fare + 1
    fewest = [0] + [never] * fare
    for a in range(1, fare + 1):
        best = never
        for t in tokens:
            if t <= a and fewest[a - t] + 1 < best:
                best = fewest[a - t] + 1
        fewest[a] = best
    return fewest[fare] if fewest[fare] < never else -1
