# one pass records the first and last index of every value in a dict; each query is then a lookup
def valueSpans(nums, queries):
    span = {}
    for i, x in enumerate(nums):
        if x in span:
            span[x][1] = i
        else:
            span[x] = [i, i]
    return [list(span.get(q, (-1, -1))) for q in queries]
