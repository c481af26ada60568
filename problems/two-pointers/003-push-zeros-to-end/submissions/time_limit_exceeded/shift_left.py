# slow: O(n^2): every zero found shifts the whole rest of the list left by one, element by element
# origin: independent
from typing import List


def pushZerosToEnd(nums: List[int]) -> None:
    n = len(nums)
    i = 0
    end = n
    while i < end:
        if nums[i] == 0:
            for k in range(i, n - 1):
                nums[k] = nums[k + 1]
            nums[n - 1] = 0
            end -= 1
        else:
            i += 1
