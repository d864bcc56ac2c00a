/** Binary min-heap of (key, node) pairs on typed arrays; duplicates allowed (lazy deletion). */
export class NodeHeap {
  private keys = new Float64Array(64);
  private nodes = new Int32Array(64);
  private count = 0;

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
  }

  push(key: number, node: number): void {
    if (this.count === this.keys.length) this.grow();
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(key, node, this.keys[parent], this.nodes[parent])) break;
      this.keys[i] = this.keys[parent];
      this.nodes[i] = this.nodes[parent];
      i = parent;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }

  /** Key of the minimum (call only when size > 0). */
  peekKey(): number {
    return this.keys[0];
  }

  /** Removes the minimum and returns its node (call only when size > 0). */
  pop(): number {
    const top = this.nodes[0];
    const key = this.keys[--this.count];
    const node = this.nodes[this.count];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.count) break;
      if (
        child + 1 < this.count &&
        this.less(this.keys[child + 1], this.nodes[child + 1], this.keys[child], this.nodes[child])
      ) {
        child++;
      }
      if (!this.less(this.keys[child], this.nodes[child], key, node)) break;
      this.keys[i] = this.keys[child];
      this.nodes[i] = this.nodes[child];
      i = child;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
    return top;
  }

  private less(keyA: number, nodeA: number, keyB: number, nodeB: number): boolean {
    return keyA < keyB || (keyA === keyB && nodeA < nodeB);
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const nodes = new Int32Array(this.nodes.length * 2);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }
}
