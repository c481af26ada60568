# bug: on equal heads it takes one node and skips both, so a value present in both lists appears once
# fails on: {"first": [1], "second": [1]}
def combineSorted(first, second):
    dummy = ListNode()
    tail = dummy
    while first and second:
        if first.val < second.val:
            tail.next, first = first, first.next
        elif second.val < first.val:
            tail.next, second = second, second.next
        else:
            tail.next = first
            first, second = first.next, second.next
        tail = tail.next
    tail.next = first or second
    return dummy.next
