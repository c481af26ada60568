# bug: checks only the most recently opened room for reuse, not the one that frees first
# fails on: {"bookings": [[0, 2], [1, 10], [3, 4]]}
def fewestRooms(bookings: List[List[int]]) -> int:
    rooms = []
    for start, end in sorted(bookings):
        if rooms and rooms[-1] <= start:
            rooms[-1] = end
        else:
            rooms.append(end)
    return len(rooms)
