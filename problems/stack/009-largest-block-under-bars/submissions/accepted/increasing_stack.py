# a stack of indices with increasing heights; each popped bar is scored with the width between its nearest lower bars
# origin: independent
def largestBlock(heights):
    n = len(heights)
    best = 0
    stack = []
    for i in range(n + 1):
        h = heights[i] if i < n else 0
        while stack and heights[stack[-1]] >= h:
            tallest = heights[stack.pop()]
            left = stack[-1] if stack else -1
            best = max(best, tallest * (i - left - 1))
        stack.append(i)
    return best
