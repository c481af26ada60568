# origin: independent
def countRoutes(yard: List[List[int]]) -> int:
    MOD = 1_000_000_007
    cols = len(yard[0])
    ways = [0] * cols
    ways[0] = 1
    for row in yard:
        for j in range(cols):
            if row[j] == 1:
                ways[j] = 0
            elif j > 0:
                ways[j] = (ways[j] + ways[j - 1]) % MOD
    return ways[cols - 1]
