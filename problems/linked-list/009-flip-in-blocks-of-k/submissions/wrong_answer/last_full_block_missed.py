# bug: the block loop stops at i + k < n instead of i + k <= n, so when the length is a multiple of k the last block is not reversed; fails sample 2
# fails on: {"head": [1, 2, 3, 4], "k": 2}
# origin: independent
def flipBlocks(head: Optional[ListNode], k: int) -> Optional[ListNode]:
    nodes = []
    node = head
    while node:
        nodes.append(node)
        node = node.next
    n = len(nodes)
    values = [x.val for x in nodes]
    i = 0
    while i + k < n:
        values[i:i + k] = values[i:i + k][::-1]
        i += k
    for x, v in zip(nodes, values):
        x.val = v
    return head
