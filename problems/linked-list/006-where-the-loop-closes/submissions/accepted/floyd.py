# Floyd: slow and fast meet inside the loop, then a pointer from the head meets slow at the entry
# origin: independent
def loopEntry(head: Optional[ListNode]) -> Optional[ListNode]:
    slow = head
    fast = head
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            break
    else:
        return None
    walker = head
    while walker is not slow:
        walker = walker.next
        slow = slow.next
    return walker
