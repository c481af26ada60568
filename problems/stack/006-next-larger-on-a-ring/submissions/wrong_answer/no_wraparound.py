def nextLargerOnRing(nums):
    answer = [-1] * len(nums)
    waiting = []
    # bug: a single lap, so values near the end never look at the start of the ring
    for i, value in enumerate(nums):
        while waiting and nums[waiting[-1]] < value:
            answer[waiting.pop()] = value
        waiting.append(i)
    return answer
