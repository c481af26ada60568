# slow: O(n^2): at every step scans all workshops from 0 for one whose remaining prerequisites are all placed
def workshopOrder(n, rules):
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    placed = [False] * n
    order = []
    for _ in range(n):
        pick = -1
        for w in range(n):
            if not placed[w] and waiting[w] == 0:
                pick = w
                break
        if pick < 0:
            return []
        placed[pick] = True
        order.append(pick)
        for x in after[pick]:
            waiting[x] -= 1
    return order
