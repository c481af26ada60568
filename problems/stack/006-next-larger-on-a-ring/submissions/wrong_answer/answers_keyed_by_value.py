# bug: stores each answer in a dict keyed by the value, so equal values at different positions share one answer (passes the samples)
# fails on: {"nums": [1, 5, 1, 2]}
# origin: independent
def nextLargerOnRing(nums):
    n = len(nums)
    found = {}
    waiting = []
    for k in range(2 * n):
        value = nums[k % n]
        while waiting and waiting[-1] < value:
            found[waiting.pop()] = value
        if k < n:
            waiting.append(value)
    return [found.get(x, -1) for x in nums]
