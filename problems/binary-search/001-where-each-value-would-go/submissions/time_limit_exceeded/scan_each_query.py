# slow: O(n) per query: walks nums from the left until the first value that is not smaller
def insertPositions(nums, queries):
    answers = []
    for q in queries:
        i = 0
        while i < len(nums) and nums[i] < q:
            i += 1
        answers.append(i)
    return answers
