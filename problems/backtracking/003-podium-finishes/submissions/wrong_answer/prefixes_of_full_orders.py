# bug: cuts every full order down to its first k places without removing repeats, so each finish appears (n-k)! times
# fails on: {"runners": [1, 2, 3], "k": 1}
from itertools import permutations


def podiumOrders(runners, k):
    return [list(p[:k]) for p in permutations(runners)]
