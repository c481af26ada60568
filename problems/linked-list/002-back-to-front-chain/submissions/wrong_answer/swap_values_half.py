# bug: swaps values pairwise but loops (n - 1) // 2 times, so on even lengths the two middle values never swap (passes the samples)
# fails on: {"head": [1, 2, 3, 4]}
# origin: independent
def reverseChain(head: Optional[ListNode]) -> Optional[ListNode]:
    nodes = []
    node = head
    while node:
        nodes.append(node)
        node = node.next
    n = len(nodes)
    for i in range((n - 1) // 2):
        nodes[i].val, nodes[n - 1 - i].val = nodes[n - 1 - i].val, nodes[i].val
    return head
