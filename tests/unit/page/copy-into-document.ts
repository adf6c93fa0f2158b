// Test helper: rebuilds a document parsed by linkedom (the CLI's server-side DOM, which has no
// Range.setStart) inside a happy-dom document (the unit tests' DOM, which has real Ranges), node by
// node, so offset→Range mapping can be checked on the exact tree the CLI reads.

/** Replaces `target`'s tree with a copy of `source`'s. The target should be a window's own document:
 *  happy-dom's Ranges do not work in documents made by `implementation.createHTMLDocument`. */
export function copyIntoDocument(source: Document, target: Document): Document {
  const sourceRoot = source.documentElement;
  if (sourceRoot === null) return target;
  const copyShallow = (node: Node): Node | null => {
    if (node.nodeType === 3) return target.createTextNode((node as Text).data);
    if (node.nodeType === 8) return target.createComment((node as Comment).data);
    if (node.nodeType !== 1) return null;
    const el = node as Element;
    const copy = target.createElement(el.localName);
    for (const attr of Array.from(el.attributes)) {
      try {
        copy.setAttribute(attr.name, attr.value);
      } catch {
        // Attribute names a browser's parser accepts but setAttribute refuses ("@click", "[x]").
      }
    }
    return copy;
  };
  const rootCopy = copyShallow(sourceRoot) as Element;
  // remove-then-append: happy-dom refuses replaceChild on a document (it inserts before removing).
  target.removeChild(target.documentElement);
  target.appendChild(rootCopy);
  // Iterative copy: real pages are too deep for comfortable recursion.
  const stack: [Node, Node][] = [[sourceRoot, rootCopy]];
  for (let pair = stack.pop(); pair !== undefined; pair = stack.pop()) {
    const [from, to] = pair;
    for (let child = from.firstChild; child !== null; child = child.nextSibling) {
      const copy = copyShallow(child);
      if (copy === null) continue;
      to.appendChild(copy);
      if (child.firstChild !== null) stack.push([child, copy]);
    }
  }
  return target;
}
