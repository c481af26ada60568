# bug: the width of a popped bar is measured from its own index, forgetting it also extends left over taller bars popped earlier (fails all three samples)
# fails on: {"heights": [1, 2, 1]}
# origin: independent
def largestBlock(heights):
    n = len(heights)
    best = 0
    stack = []
    for i in range(n + 1):
        h = heights[i] if i < n else 0
        while stack and heights[stack[-1]] >= h:
            top = stack.pop()
            best = max(best, heights[top] * (i - top))
        stack.append(i)
    return best
