import { compileTextCatalog, type CompiledTextCatalog } from './compile-text-catalog';
import { extractCatalogTerms } from './extract-catalog-terms';
import type { TextCatalog } from './text-catalog';
import type { TextExtraction } from './text-extraction';
import type { TextUnderstanding } from './text-understanding';

/**
 * The default, offline text understanding: catalog names, multi-word aliases, compact spellings
 * and topics matched in the question; related skills suggested from the catalog. Compiled
 * catalogs are cached per catalog object, so pass the same object while the catalog is unchanged.
 */
export class CatalogTextUnderstanding implements TextUnderstanding {
  private readonly compiled = new WeakMap<TextCatalog, CompiledTextCatalog>();

  async extract(question: string, catalog: TextCatalog): Promise<TextExtraction> {
    return this.extractNow(question, catalog);
  }

  /** Same as `extract`, synchronously (it never does I/O). */
  extractNow(question: string, catalog: TextCatalog): TextExtraction {
    let compiled = this.compiled.get(catalog);
    if (compiled === undefined) {
      compiled = compileTextCatalog(catalog);
      this.compiled.set(catalog, compiled);
    }
    return extractCatalogTerms(question, compiled);
  }
}
