# judge: hashing/005
def countDistinct(nums):
    seen = []
    for value in nums:
        if value not in seen:
            seen.append(value)
    return len(seen)
