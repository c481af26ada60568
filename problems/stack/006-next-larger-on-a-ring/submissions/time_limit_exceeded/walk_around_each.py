def nextLargerOnRing(nums):
    n = len(nums)
    answer = [-1] * n
    for i in range(n):
        j = (i + 1) % n
        while j != i:  # up to n - 1 steps per position
            if nums[j] > nums[i]:
                answer[i] = nums[j]
                break
            j = (j + 1) % n
    return answer
