package be.pst.io.mutation;

/**
 * What a mutation does to a seed document, with how often it is drawn for JSON and for eComptes
 * XML (relative weights; 0 means the kind does not apply to that format).
 */
public enum MutationKind {
  /** Flips 1 to 8 bytes at random places. */
  BYTE_FLIP(12, 7),
  /** Inserts 1 to 16 syntax-significant or odd bytes at a random place. */
  BYTE_INSERTION(6, 5),
  /** Deletes 1 to 64 bytes at a random place. */
  BYTE_DELETION(6, 5),
  /** Cuts the document at a random length (often within the first bytes). */
  TRUNCATION(7, 5),
  /** Invalid UTF-8 sequences, another encoding than declared, control characters. */
  BAD_ENCODING(7, 5),
  /** Byte-order marks of every Unicode encoding, matching the content or not, or with garbage. */
  BYTE_ORDER_MARK(5, 3),
  /** Unpaired UTF-16 surrogates, escaped ({@code \ud800}, {@code &#xD800;}) or raw. */
  LONE_SURROGATE(3, 2),
  /** A value or element replaced by 10^2 to 10^5 levels of nesting. */
  DEEP_NESTING(3, 2),
  /** A string or text of about 10^6 characters, around the readers' limits. */
  LONG_STRING(2, 1),
  /** A value of another type (JSON), an element where text is expected or the reverse (XML). */
  WRONG_TYPE(10, 5),
  /** A member the format does not know. */
  UNKNOWN_MEMBER(4, 0),
  /** A member written twice in one object. */
  DUPLICATE_MEMBER(6, 0),
  /** 1e999999999, 10^5 digits, Long.MAX_VALUE + 1, -0, 1e-400, 0.001 for amounts… */
  HUGE_NUMBER(8, 0),
  /** Shares, percentages and amounts with many decimals (shares still summing to 100). */
  PRECISION(7, 0),
  /** Array elements swapped, duplicated or removed. */
  ARRAY_ELEMENTS(10, 0),
  /** An element an eComptes document does not know, or a known one out of place. */
  UNKNOWN_ELEMENT(0, 4),
  /** An element removed. */
  ELEMENT_DELETION(0, 10),
  /** An element written twice. */
  ELEMENT_DUPLICATION(0, 8),
  /** Two sibling elements swapped. */
  ELEMENT_REORDERING(0, 6),
  /** An attribute removed or emptied. */
  ATTRIBUTE_REMOVAL(0, 4),
  /** A DTD, entity declarations and references, external resources on disk or network. */
  ENTITY_INJECTION(0, 4),
  /** Edge values in Montant, Exercice, TauxAvancement, ETP, INS and the Valeur attribute. */
  NUMERIC_EDGE(0, 10),
  /** 10^4 to 10^5 sibling elements. */
  HUGE_SIBLINGS(0, 1),
  /** Labels of 256 to 10^6 characters, code-prefix repetitions, astral characters. */
  LONG_LABEL(0, 3),
  /** Texts made of thousands of character references, valid or not. */
  CHARACTER_REFERENCES(0, 3);

  private final int jsonWeight;
  private final int xmlWeight;

  MutationKind(int jsonWeight, int xmlWeight) {
    this.jsonWeight = jsonWeight;
    this.xmlWeight = xmlWeight;
  }

  /** How often this kind is drawn for JSON, relative to the others; 0 if never. */
  public int jsonWeight() {
    return jsonWeight;
  }

  /** How often this kind is drawn for eComptes XML, relative to the others; 0 if never. */
  public int xmlWeight() {
    return xmlWeight;
  }
}
