# bug: the usual `while fast and fast.next` loop stops on the second of two central nodes
# fails on: {"head": [1, 2]}
def chainMidpoint(head):
    slow = fast = head
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
    return slow
