# bug: pairs values with `while i < j` and never adds the middle value of an odd-length list, so the last node keeps a stale value; fails sample 1
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
    while i < j:
        order.append(values[i])
        order.append(values[j])
        i += 1
        j -= 1
    node = head
    for v in order:
        node.val = v
        node = node.next
