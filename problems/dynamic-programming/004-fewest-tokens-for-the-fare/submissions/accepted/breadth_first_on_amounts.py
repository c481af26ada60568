# breadth-first search from 0: the level at which the fare is first reached is the fewest tokens
def fewestTokens(tokens, fare):
    if fare == 0:
        return 0
    seen = {0}
    level = [0]
    steps = 0
    while level:
        steps += 1
        nxt = []
        for a in level:
            for t in tokens:
                b = a + t
                if b == fare:
                    return steps
                if b < fare and b not in seen:
                    seen.add(b)
                    nxt.append(b)
        level = nxt
    return -1
