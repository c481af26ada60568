# slow: O(n) per query: scans the whole list for every query
# origin: independent
def searchTurned(nums, queries):
    answers = []
    for q in queries:
        pos = -1
        for i, v in enumerate(nums):
            if v == q:
                pos = i
                break
        answers.append(pos)
    return answers
