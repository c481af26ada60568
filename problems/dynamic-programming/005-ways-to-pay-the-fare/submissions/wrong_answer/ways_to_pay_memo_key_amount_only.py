# bug: memoises the recursion on the amount left only, dropping the token index from the key (fails sample 1)
# fails on: {"tokens": [1, 2], "fare": 3}
# origin: independent
def waysToPay(tokens: List[int], fare: int) -> int:
    MOD = 1_000_000_007
    memo = {}

    def count(i, left):
        if left == 0:
            return 1
        if left < 0 or i == len(tokens):
            return 0
        if left in memo:
            return memo[left]
        result = (count(i, left - tokens[i]) + count(i + 1, left)) % MOD
        memo[left] = result
        return result

    return count(0, fare)
