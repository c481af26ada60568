import numpy as np


def sumList(nums):
    return int(np.sum(nums))
