# bug: when one list runs out, the rest of the other list is never attached
# fails on: {"first": [1], "second": [2, 3]}
def combineSorted(first, second):
    dummy = ListNode()
    tail = dummy
    while first and second:
        if first.val <= second.val:
            tail.next, first = first, first.next
        else:
            tail.next, second = second, second.next
        tail = tail.next
    tail.next = None
    return dummy.next
