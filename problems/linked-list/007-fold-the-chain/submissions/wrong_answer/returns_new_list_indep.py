# bug: builds the folded order as a new list and returns it, leaving the given list unchanged (the judge reads the given list); fails samples 1 and 2
# fails on: {"head": [1, 2, 3]}
# origin: independent
def foldChain(head: Optional[ListNode]) -> None:
    values = []
    node = head
    while node:
        values.append(node.val)
        node = node.next
    order = []
    i, j = 0, len(values) - 1
    while i <= j:
        order.append(values[i])
        if i != j:
            order.append(values[j])
        i += 1
        j -= 1
    dummy = ListNode()
    tail = dummy
    for v in order:
        tail.next = ListNode(v)
        tail = tail.next
    return dummy.next
