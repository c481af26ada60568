# slow: keeps the rooms' end times in a plain list and scans it for a free room, O(n r) for r rooms
def fewestRooms(bookings: List[List[int]]) -> int:
    rooms = []
    for start, end in sorted(bookings):
        for i in range(len(rooms)):
            if rooms[i] <= start:
                rooms[i] = end
                break
        else:
            rooms.append(end)
    return len(rooms)
