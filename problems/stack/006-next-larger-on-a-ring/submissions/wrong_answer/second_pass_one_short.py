# bug: the second lap ends one position too soon (range(2 * n - 2)), so the last position never gets to compare with position n - 2 (passes the samples)
# fails on: {"nums": [1, 5, 3]}
# origin: independent
def nextLargerOnRing(nums):
    n = len(nums)
    answer = [-1] * n
    waiting = []
    for k in range(2 * n - 2):
        value = nums[k % n]
        while waiting and nums[waiting[-1]] < value:
            answer[waiting.pop()] = value
        if k < n:
            waiting.append(k)
    return answer
