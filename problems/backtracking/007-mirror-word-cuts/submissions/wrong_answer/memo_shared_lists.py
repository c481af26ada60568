# bug: memoizes the ways for each start but then inserts the first piece into the cached lists themselves, corrupting ways that are reused (fails samples 1 and 3)
# fails on: {"s": "aab"}
# origin: independent
def mirrorCuts(s: str) -> List[List[str]]:
    memo = {}

    def ways_from(start):
        if start == len(s):
            return [[]]
        if start in memo:
            return memo[start]
        ways = []
        for end in range(start + 1, len(s) + 1):
            piece = s[start:end]
            if piece == piece[::-1]:
                for way in ways_from(end):
                    way.insert(0, piece)
                    ways.append(way)
        memo[start] = ways
        return ways

    return ways_from(0)
