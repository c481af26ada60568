# bug: writes `x % 10**9 + 7`, which reduces modulo 10^9 and then adds 7 to every count it updates
# fails on: {"yard": [[0, 0], [0, 0]]}
def countRoutes(yard):
    r, c = len(yard), len(yard[0])
    ways = [0] * c
    ways[0] = 1
    for i in range(r):
        for j in range(c):
            if yard[i][j]:
                ways[j] = 0
            elif j:
                ways[j] = (ways[j] + ways[j - 1]) % 10**9 + 7
    return ways[-1]
