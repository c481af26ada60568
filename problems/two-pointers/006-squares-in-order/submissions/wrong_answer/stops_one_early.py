# bug: loops while left < right, so the last remaining value (left == right) is never placed and the first slot stays 0
# fails on: {"nums": [1, 2]}
def squaresInOrder(nums):
    n = len(nums)
    out = [0] * n
    left, right = 0, n - 1
    write = n - 1
    while left < right:
        if abs(nums[left]) > abs(nums[right]):
            out[write] = nums[left] * nums[left]
            left += 1
        else:
            out[write] = nums[right] * nums[right]
            right -= 1
        write -= 1
    return out
