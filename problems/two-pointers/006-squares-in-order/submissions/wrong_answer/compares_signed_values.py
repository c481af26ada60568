# bug: compares the two end values themselves instead of their sizes, so a large negative value loses to a small positive one
# fails on: {"nums": [-3, 1]}
def squaresInOrder(nums):
    n = len(nums)
    out = [0] * n
    left, right = 0, n - 1
    for write in range(n - 1, -1, -1):
        if nums[left] > nums[right]:
            out[write] = nums[left] * nums[left]
            left += 1
        else:
            out[write] = nums[right] * nums[right]
            right -= 1
    return out
