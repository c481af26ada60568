# bug: scans the sorted values and takes a repeat of the value just matched for a gap
# fails on: {"nums": [1, 1, 2]}
def smallestAbsentPositive(nums):
    wanted = 1
    for value in sorted(nums):
        if value <= 0:
            continue
        if value != wanted:
            return wanted
        wanted += 1
    return wanted
