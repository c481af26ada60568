# slow: O(n) per query: walks the list from the left to the first copy, then to the end of the run
def valueSpans(nums, queries):
    answers = []
    n = len(nums)
    for q in queries:
        i = 0
        while i < n and nums[i] < q:
            i += 1
        if i == n or nums[i] != q:
            answers.append([-1, -1])
            continue
        j = i
        while j + 1 < n and nums[j + 1] == q:
            j += 1
        answers.append([i, j])
    return answers
