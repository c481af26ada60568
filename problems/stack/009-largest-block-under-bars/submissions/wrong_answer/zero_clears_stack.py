# bug: a zero-height bar clears the stack to start a new segment without first scoring the bars still on it (passes the samples)
# fails on: {"heights": [5, 0, 1]}
# origin: independent
def largestBlock(heights):
    n = len(heights)
    best = 0
    stack = []
    start = 0
    for i in range(n + 1):
        h = heights[i] if i < n else 0
        if i < n and h == 0:
            stack = []
            start = i + 1
            continue
        while stack and heights[stack[-1]] >= h:
            tallest = heights[stack.pop()]
            left = stack[-1] + 1 if stack else start
            best = max(best, tallest * (i - left))
        stack.append(i)
    return best
