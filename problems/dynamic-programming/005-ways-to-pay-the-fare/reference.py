"""Bring the token values in one at a time (unbounded knapsack, counting).

After the values t_1..t_i have been brought in, ways[a] counts the collections that use
only those values and add up to a. Bringing in t means allowing any number of t on top:
sweeping a upwards, ways[a] += ways[a - t] already includes collections with several t.
Because each value is brought in once, in a fixed order, every collection is counted
once, never once per order.

Time O(fare * k) for k token values; extra space O(fare).
"""

MOD = 1_000_000_007


def waysToPay(tokens: list[int], fare: int) -> int:
    ways = [1] + [0] * fare
    for t in tokens:
        for a in range(t, fare + 1):
            ways[a] = (ways[a] + ways[a - t]) % MOD
    return ways[fare]
