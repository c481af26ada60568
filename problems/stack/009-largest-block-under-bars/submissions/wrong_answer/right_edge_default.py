# bug: a bar with no lower bar to its right gets right edge n - 1 instead of n, so blocks touching the last bar lose a column (fails samples 02 and 03)
# fails on: {"heights": [4, 4]}
# origin: independent
def largestBlock(heights):
    n = len(heights)
    left = [-1] * n
    right = [n - 1] * n
    stack = []
    for i in range(n):
        while stack and heights[stack[-1]] >= heights[i]:
            stack.pop()
        if stack:
            left[i] = stack[-1]
        stack.append(i)
    stack = []
    for i in range(n - 1, -1, -1):
        while stack and heights[stack[-1]] >= heights[i]:
            stack.pop()
        if stack:
            right[i] = stack[-1]
        stack.append(i)
    best = 0
    for i in range(n):
        best = max(best, heights[i] * (right[i] - left[i] - 1))
    return best
