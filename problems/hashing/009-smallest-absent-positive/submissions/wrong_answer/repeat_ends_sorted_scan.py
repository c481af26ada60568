def smallestAbsentPositive(nums):
    wanted = 1
    for value in sorted(nums):
        if value <= 0:
            continue
        # bug: a repeat of the value just matched is taken for a gap
        if value != wanted:
            return wanted
        wanted += 1
    return wanted
