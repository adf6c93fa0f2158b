/** Elements with the given tag names under `root`, in document order, at most `max` of each name.
 *  An iterative walk (no recursion, unlike some DOM libraries' querySelectorAll): safe on pages nested
 *  thousands of levels deep. Stops early once every name has `max` elements. */
export function findElements(root: Node, names: readonly string[], max: number): Map<string, Element[]> {
  const found = new Map<string, Element[]>(names.map((name) => [name, []]));
  let remaining = names.length;
  let node: Node | null = root.firstChild;
  while (node !== null && remaining > 0) {
    if (node.nodeType === 1) {
      const list = found.get((node as Element).localName);
      if (list !== undefined && list.length < max) {
        list.push(node as Element);
        if (list.length === max) remaining--;
      }
    }
    if (node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    // Climb to the nearest ancestor with a next sibling, never above `root`.
    while (node !== null && node !== root && node.nextSibling === null) node = node.parentNode;
    node = node === null || node === root ? null : node.nextSibling;
  }
  return found;
}
