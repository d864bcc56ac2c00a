interface TrieNode<T> {
  readonly children: Map<string, TrieNode<T>>;
  readonly payloads: T[];
}

const createNode = <T>(): TrieNode<T> => ({ children: new Map(), payloads: [] });

/** A longest match starting at some position: `length` terms carrying `payloads`. */
export interface PhraseMatch<T> {
  readonly length: number;
  readonly payloads: readonly T[];
}

/** Trie over term sequences, for leftmost-longest phrase matching of multi-word names. */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = createNode();

  insert(terms: readonly string[], payload: T): void {
    if (terms.length === 0) return;
    let node = this.root;
    for (const term of terms) {
      let child = node.children.get(term);
      if (child === undefined) {
        child = createNode();
        node.children.set(term, child);
      }
      node = child;
    }
    node.payloads.push(payload);
  }

  /** The longest phrase starting at `start`, or null. */
  longestAt(terms: readonly string[], start: number): PhraseMatch<T> | null {
    let node = this.root;
    let best: PhraseMatch<T> | null = null;
    for (let i = start; i < terms.length; i++) {
      const child = node.children.get(terms[i]);
      if (child === undefined) break;
      node = child;
      if (node.payloads.length > 0) best = { length: i - start + 1, payloads: node.payloads };
    }
    return best;
  }
}
