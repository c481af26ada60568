# slow: O(n) per query: a Python loop over the list for every query
def searchTurned(nums, queries):
    answers = []
    for q in queries:
        found = -1
        for i in range(len(nums)):
            if nums[i] == q:
                found = i
                break
        answers.append(found)
    return answers
