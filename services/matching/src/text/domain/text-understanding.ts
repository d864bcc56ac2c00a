import type { TextCatalog } from './text-catalog';
import type { TextExtraction } from './text-extraction';

/**
 * Port for turning a free-text question into catalog skills and topics. The default
 * implementation (`CatalogTextUnderstanding`) runs offline; an embedding-based provider can
 * implement the same interface later (hence the Promise).
 */
export interface TextUnderstanding {
  extract(question: string, catalog: TextCatalog): Promise<TextExtraction>;
}
