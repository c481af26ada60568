# bug: greedy, always hands over the largest token that still fits (fails samples 1 and 3)
# fails on: {"tokens": [1, 3, 4], "fare": 6}
# origin: independent
def fewestTokens(tokens: List[int], fare: int) -> int:
    count = 0
    left = fare
    for t in sorted(tokens, reverse=True):
        count += left // t
        left %= t
    return count if left == 0 else -1
