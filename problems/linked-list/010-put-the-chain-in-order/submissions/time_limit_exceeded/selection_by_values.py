# slow: O(n^2): selection sort on the values, scanning the unsorted rest for its minimum each time
def sortChain(head):
    start = head
    while start:
        smallest = start
        probe = start.next
        while probe:
            if probe.val < smallest.val:
                smallest = probe
            probe = probe.next
        start.val, smallest.val = smallest.val, start.val
        start = start.next
    return head
