# slow: O(n * (answer - max(loads))): tries capacities upwards from the heaviest parcel, one at a time
def lightestHeaviestDay(loads, days):
    cap = max(loads)
    while True:
        used, current = 1, 0
        for w in loads:
            if current + w > cap:
                used += 1
                current = w
            else:
                current += w
        if used <= days:
            return cap
        cap += 1
