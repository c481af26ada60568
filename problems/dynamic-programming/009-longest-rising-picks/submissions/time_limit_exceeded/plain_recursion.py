# slow: exponential: for each start, recursively tries every next pick, remembering nothing
def longestRisingPicks(nums):
    def longest_from(i):
        best = [i]
        for j in range(i + 1, len(nums)):
            if nums[j] > nums[i]:
                run = longest_from(j)
                if len(run) + 1 > len(best):
                    best = [i] + run
        return best

    answer = []
    for i in range(len(nums)):
        run = longest_from(i)
        if len(run) > len(answer):
            answer = run
    return answer
