# bug: a single lap, so values near the end never look at the start of the ring
# fails on: {"nums": [3, 1]}
def nextLargerOnRing(nums):
    answer = [-1] * len(nums)
    waiting = []
    for i, value in enumerate(nums):
        while waiting and nums[waiting[-1]] < value:
            answer[waiting.pop()] = value
        waiting.append(i)
    return answer
