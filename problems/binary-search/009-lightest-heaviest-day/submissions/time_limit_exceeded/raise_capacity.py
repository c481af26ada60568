# slow: O(n * S): raises the truck capacity one unit at a time from the heaviest parcel until the parcels fit
# origin: independent
def lightestHeaviestDay(loads, days):
    cap = max(loads)
    while True:
        count, current = 1, 0
        for w in loads:
            if current + w > cap:
                count += 1
                current = w
            else:
                current += w
        if count <= days:
            return cap
        cap += 1
