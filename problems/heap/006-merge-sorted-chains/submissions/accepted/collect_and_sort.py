def mergeChains(lists: List[Optional[ListNode]]) -> Optional[ListNode]:
    """Read every value, sort them, build a new chain: O(N log N), which is as fast here."""
    values = []
    for head in lists:
        while head is not None:
            values.append(head.val)
            head = head.next
    values.sort()
    head = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head
