# walk the first list and splice each node of the second in where it belongs, never restarting
def combineSorted(first, second):
    dummy = ListNode(0, first)
    prev = dummy
    while second is not None:
        while prev.next is not None and prev.next.val <= second.val:
            prev = prev.next
        moving = second
        second = second.next
        moving.next = prev.next
        prev.next = moving
        prev = moving
    return dummy.next
