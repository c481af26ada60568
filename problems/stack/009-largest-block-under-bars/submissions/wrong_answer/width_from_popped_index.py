# bug: the block is assumed to start at the popped bar, but taller bars popped earlier to its left also belong to it
# fails on: {"heights": [3, 2]}
def largestBlock(heights):
    best = 0
    stack = []
    n = len(heights)
    for i in range(n + 1):
        h = heights[i] if i < n else 0
        while stack and heights[stack[-1]] >= h:
            j = stack.pop()
            best = max(best, heights[j] * (i - j))
        stack.append(i)
    return best
