# slow: O(n^2): walks around the ring from every position until a larger value shows up
# origin: independent
def nextLargerOnRing(nums):
    n = len(nums)
    answer = [-1] * n
    for i in range(n):
        for step in range(1, n):
            value = nums[(i + step) % n]
            if value > nums[i]:
                answer[i] = value
                break
    return answer
