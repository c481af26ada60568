from collections import deque


def windowMaximums(nums, k):
    # keeps values instead of indices, evicting the front when the value leaving equals it
    window = deque()
    maxima = []
    for i, value in enumerate(nums):
        if i >= k and window and window[0] == nums[i - k]:
            window.popleft()
        while window and window[-1] <= value:  # bug: with <=, an equal newer copy replaces
            window.pop()                       # the older one, which is then evicted too early
        window.append(value)
        if i >= k - 1:
            maxima.append(window[0])
    return maxima
