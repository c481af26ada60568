def postageSets(stamps, postage):
    """Sorted values, start index (reuse allowed), stop the loop once a value is too big."""
    values = sorted(stamps)
    answer = []
    chosen = []

    def extend(start, remaining):
        if remaining == 0:
            answer.append(list(chosen))
            return
        for j in range(start, len(values)):
            v = values[j]
            if v > remaining:
                break
            chosen.append(v)
            extend(j, remaining - v)
            chosen.pop()

    extend(0, postage)
    return answer
