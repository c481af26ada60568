"""Monotonic stack of indices with increasing heights.

When a lower bar arrives, every taller bar on the stack has found its nearest lower bar
to the right; its nearest lower-or-equal bar to the left is the index below it on the
stack. Popping it scores its height times the width between those two. A final bar of
height 0 flushes whatever is left. With equal heights, the earlier bar is scored too
narrowly, but the last of the run is scored with the full width, so the maximum is right.

Time O(n) (each index is pushed and popped once); extra space O(n).
"""


def largestBlock(heights: list[int]) -> int:
    best = 0
    stack: list[int] = []  # indices; their heights strictly increase from bottom to top
    n = len(heights)
    for i in range(n + 1):
        h = heights[i] if i < n else 0
        while stack and heights[stack[-1]] >= h:
            top = heights[stack.pop()]
            left = stack[-1] if stack else -1
            area = top * (i - left - 1)
            if area > best:
                best = area
        stack.append(i)
    return best
