# slow: O(n * m): inserts each node of the second list by searching the result from its head
def combineSorted(first, second):
    dummy = ListNode(0, first)
    while second is not None:
        moving = second
        second = second.next
        prev = dummy
        while prev.next is not None and prev.next.val < moving.val:
            prev = prev.next
        moving.next = prev.next
        prev.next = moving
    return dummy.next
