# sorts the queries (remembering where each came from) and walks nums once alongside them
def insertPositions(nums, queries):
    order = sorted(range(len(queries)), key=lambda j: queries[j])
    answers = [0] * len(queries)
    i = 0
    for j in order:
        q = queries[j]
        while i < len(nums) and nums[i] < q:
            i += 1
        answers[j] = i
    return answers
