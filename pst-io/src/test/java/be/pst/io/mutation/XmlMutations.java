package be.pst.io.mutation;

import be.pst.io.mutation.XmlStructure.Attribute;
import be.pst.io.mutation.XmlStructure.Element;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** The mutations of one eComptes XML seed document. */
final class XmlMutations implements Mutations {

  /** Elements holding a number, and the attributes that do. */
  private static final Set<String> NUMERIC_ELEMENTS = Set.of("Montant", "Exercice",
      "TauxAvancement", "ETP", "ExerciceDebut", "ExerciceFin", "INS");

  private static final Set<String> NUMERIC_ATTRIBUTES = Set.of("Valeur", "Exercice");

  /** Lists of the schema and the name of their items. */
  private static final Map<String, String> LISTS = Map.of("Volets", "Volet",
      "ObjectifStrategiques", "ObjectifStrategique", "ObjectifsOperationnels",
      "ObjectifOperationnel", "Actions", "Action", "Articles", "Article", "Projections",
      "Projection", "Exercices", "Exercice", "Plans", "Plan", "Partenaires", "Partenaire");

  private static final List<String> NUMERIC_EDGES = List.of("92233720368547758.07",
      "92233720368547758.08", "-92233720368547758.07", "-92233720368547758.08",
      "46116860184273879.04", "1e999999999", "1E3", "9".repeat(100_000),
      "0." + "0".repeat(100_000) + "1", "1." + "0".repeat(50_000), "0.001", "-0", "-0.00",
      "+5", "5.", ".5", " 12 ", "NaN", "INF", "-INF", "0x10", "2147483647", "2147483648",
      "-2147483649", "999999999", "9999999999", "5", "0", "-1", "", "12,50", "1 000,00",
      "\u0661\u0662", "1_000", "0000000000000000000000000000001.00", "99999", "2020.5", "101",
      "-0.01", "1e2");

  private static final String[] UNKNOWN = {"<Inconnu>texte</Inconnu>", "<Inconnu/>",
      "<Montant>1.00</Montant>", "<Libelle>encore un libellé</Libelle>",
      "<ns:Libelle xmlns:ns=\"urn:x\">espace de noms</ns:Libelle>",
      "<Action ElementId=\"X1\" Exercice=\"2020\"><Libelle>X1 - égarée</Libelle></Action>",
      "<!-- commentaire --><?pi données?>", "<![CDATA[<pas un élément>]]>"};

  private static final String[] BAD_REFERENCES = {"&#0;", "&#xD800;", "&#x110000;",
      "&#99999999999;", "&#xFFFE;", "&#;", "&#x;", "&#x1F600", "&amp", "&#-1;", "&#x0000000041;"};

  private static final byte[] ALPHABET = "<>&\"'/=;#!?-0123456789 aZ\n\u00e9".getBytes(
      StandardCharsets.UTF_8);

  private final byte[] doc;
  private final HostileTargets targets;
  private final XmlStructure structure;
  private final List<Element> nonRoot = new ArrayList<>();
  private final List<Element> withContent = new ArrayList<>();
  private final List<Element> leaves = new ArrayList<>();
  private final List<Element> parents = new ArrayList<>();
  private final List<Element> withTwoChildren = new ArrayList<>();
  private final List<Element> numeric = new ArrayList<>();
  private final List<Attribute> attributes = new ArrayList<>();
  private final List<Attribute> numericAttributes = new ArrayList<>();
  private final List<Element> lists = new ArrayList<>();
  private final List<Element> labels = new ArrayList<>();

  XmlMutations(byte[] doc, HostileTargets targets) {
    this.doc = doc;
    this.targets = targets;
    this.structure = XmlStructure.of(doc);
    for (Element e : structure.elements()) {
      if (e.parent != null) {
        nonRoot.add(e);
      }
      if (!e.selfClosing()) {
        withContent.add(e);
      }
      if (e.children.isEmpty() && !e.selfClosing()) {
        leaves.add(e);
        if (NUMERIC_ELEMENTS.contains(e.name)) {
          numeric.add(e);
        }
        if (e.name.equals("Libelle")) {
          labels.add(e);
        }
      }
      if (!e.children.isEmpty()) {
        parents.add(e);
      }
      if (e.children.size() >= 2) {
        withTwoChildren.add(e);
      }
      if (LISTS.containsKey(e.name) && !e.selfClosing()) {
        lists.add(e);
      }
      for (Attribute a : e.attributes) {
        attributes.add(a);
        if (NUMERIC_ATTRIBUTES.contains(a.name())) {
          numericAttributes.add(a);
        }
      }
    }
  }

  @Override
  public boolean supports(MutationKind kind) {
    switch (kind) {
      case NUMERIC_EDGE:
        return !numeric.isEmpty() || !numericAttributes.isEmpty();
      case ATTRIBUTE_REMOVAL:
        return !attributes.isEmpty();
      case ELEMENT_REORDERING:
        return !withTwoChildren.isEmpty();
      case HUGE_SIBLINGS:
        return !lists.isEmpty();
      case LONG_LABEL:
        return !labels.isEmpty();
      case WRONG_TYPE:
      case BAD_ENCODING:
      case LONE_SURROGATE:
      case CHARACTER_REFERENCES:
      case LONG_STRING:
        return !leaves.isEmpty();
      default:
        return kind.xmlWeight() > 0 && !nonRoot.isEmpty();
    }
  }

  @Override
  public Edit mutate(MutationKind kind, SplittableRandom r) {
    switch (kind) {
      case BYTE_FLIP:
        return ByteMutations.flip(doc, r);
      case BYTE_INSERTION:
        return ByteMutations.insert(doc, r, ALPHABET);
      case BYTE_DELETION:
        return ByteMutations.delete(doc, r);
      case TRUNCATION:
        return ByteMutations.truncate(doc, r);
      case BAD_ENCODING:
        return r.nextInt(4) == 0 ? declaredEncoding(r)
            : ByteMutations.badEncoding(doc, r, this::insideText);
      case BYTE_ORDER_MARK:
        return ByteMutations.byteOrderMark(doc, r, (d, e) -> r.nextInt(3) == 0
            ? ByteMutations.transcode(d, e.charset()) : encodeDeclared(d, e));
      case LONE_SURROGATE:
        return loneSurrogate(r);
      case DEEP_NESTING:
        return deepNesting(r);
      case LONG_STRING:
        return longString(r);
      case WRONG_TYPE:
        return wrongType(r);
      case UNKNOWN_ELEMENT: {
        Element e = Mutations.pick(withContent, r);
        String unknown = UNKNOWN[r.nextInt(UNKNOWN.length)];
        int at = r.nextBoolean() ? e.contentStart : e.contentEnd;
        return new Edit(Edit.insert(doc, at, unknown), Edit.abbreviate(unknown) + " in " + e.name);
      }
      case ELEMENT_DELETION: {
        Element e = Mutations.pick(nonRoot, r);
        return new Edit(Edit.splice(doc, e.start, e.end, new byte[0]), e.name + " removed");
      }
      case ELEMENT_DUPLICATION: {
        Element e = Mutations.pick(nonRoot, r);
        return new Edit(Edit.insert(doc, e.end, Edit.slice(doc, e.start, e.end)),
            e.name + " twice");
      }
      case ELEMENT_REORDERING:
        return reorder(r);
      case ATTRIBUTE_REMOVAL:
        return attribute(r);
      case ENTITY_INJECTION:
        return entity(r);
      case NUMERIC_EDGE:
        return numericEdge(r);
      case HUGE_SIBLINGS:
        return siblings(r);
      case LONG_LABEL:
        return longLabel(r);
      case CHARACTER_REFERENCES:
        return references(r);
      default:
        throw new IllegalArgumentException(kind + " does not apply to XML");
    }
  }

  /** An offset inside the text of a leaf element. */
  private int insideText(SplittableRandom r) {
    Element e = Mutations.pick(leaves, r);
    return e.contentStart + r.nextInt(e.contentEnd - e.contentStart + 1);
  }

  private Edit replaceContent(Element e, String content, String variant) {
    return new Edit(Edit.splice(doc, e.contentStart, e.contentEnd, content), variant);
  }

  /** The document in another encoding, its declaration saying so. */
  private static byte[] encodeDeclared(byte[] utf8, ByteMutations.Encoding e) {
    String text = new String(utf8, StandardCharsets.UTF_8)
        .replaceFirst("encoding=\"[^\"]*\"", "encoding=\"" + e.name() + "\"");
    return text.getBytes(e.charset());
  }

  /** A declaration that lies about the encoding of the (UTF-8) bytes, or names no encoding. */
  private Edit declaredEncoding(SplittableRandom r) {
    String[] names = {"UTF-16", "UTF-32", "US-ASCII", "ISO-8859-1", "x-unknown", "", "Cp037",
        "UTF-7", "ISO-2022-JP", "UTF-16LE"};
    String name = names[r.nextInt(names.length)];
    String text = new String(doc, StandardCharsets.UTF_8);
    String declared = text.contains("encoding=\"")
        ? text.replaceFirst("encoding=\"[^\"]*\"", "encoding=\"" + name + "\"")
        : "<?xml version=\"1.0\" encoding=\"" + name + "\"?>" + text;
    return new Edit(declared.getBytes(StandardCharsets.UTF_8),
        "UTF-8 bytes declared as '" + name + "'");
  }

  private Edit loneSurrogate(SplittableRandom r) {
    String[] forms = {"&#xD800;", "&#xDC00;", "&#55296;", "&#xDBFF;&#xDBFF;"};
    if (r.nextInt(3) == 0) {
      return new Edit(Edit.insert(doc, insideText(r), Edit.bytes(0xED, 0xA0, 0x80)),
          "raw UTF-8 of U+D800 in a text");
    }
    String form = forms[r.nextInt(forms.length)];
    return new Edit(Edit.insert(doc, insideText(r), form), form + " in a text");
  }

  private Edit deepNesting(SplittableRandom r) {
    Element e = Mutations.pick(withContent, r);
    int[] fixed = {63, 64, 65, 1_000};
    int levels = r.nextInt(3) == 0 ? fixed[r.nextInt(fixed.length)]
        : 10_000 + r.nextInt(90_001);
    String[] names = {"a", "Libelle", "Action"};
    String name = names[r.nextInt(names.length)];
    String nested = "<" + name + ">";
    String content = r.nextInt(4) == 0 ? nested.repeat(levels)
        : nested.repeat(levels) + ("</" + name + ">").repeat(levels);
    return new Edit(Edit.insert(doc, e.contentStart, content),
        levels + " × <" + name + "> in " + e.name);
  }

  private Edit longString(SplittableRandom r) {
    Element e = Mutations.pick(leaves, r);
    int[] fixed = {999_999, 1_000_000, 1_000_001, 1 << 20, (1 << 20) + 1};
    int length = r.nextBoolean() ? fixed[r.nextInt(fixed.length)]
        : 10_000 + r.nextInt(r.nextInt(4) == 0 ? 1_990_001 : 190_001);
    // One character each: texts of many references are CHARACTER_REFERENCES.
    String[] units = {"a", "\u00e9", "\u20ac", "\uD83D\uDE00", " "};
    String unit = units[r.nextInt(units.length)];
    return replaceContent(e, unit.repeat(length), length + " × '" + unit + "' in " + e.name);
  }

  private Edit wrongType(SplittableRandom r) {
    if (r.nextBoolean() && !parents.isEmpty()) {
      Element e = Mutations.pick(parents, r);
      return replaceContent(e, "texte", "text instead of the children of " + e.name);
    }
    Element e = Mutations.pick(leaves, r);
    String[] contents = {"<Valeur>x</Valeur>", "<" + e.name + "/>", "abc", "2020-13-45",
        "true"};
    String content = contents[r.nextInt(contents.length)];
    return replaceContent(e, content, e.name + " holding " + content);
  }

  private Edit reorder(SplittableRandom r) {
    Element parent = Mutations.pick(withTwoChildren, r);
    int n = parent.children.size();
    int i = r.nextInt(n - 1);
    int j = i + 1 + r.nextInt(n - i - 1);
    Element a = parent.children.get(i);
    Element b = parent.children.get(j);
    byte[] result = Edit.concat(Edit.slice(doc, 0, a.start), Edit.slice(doc, b.start, b.end),
        Edit.slice(doc, a.end, b.start), Edit.slice(doc, a.start, a.end),
        Edit.slice(doc, b.end, doc.length));
    return new Edit(result, a.name + " and " + b.name + " swapped in " + parent.name);
  }

  private Edit attribute(SplittableRandom r) {
    Attribute a = Mutations.pick(attributes, r);
    switch (r.nextInt(3)) {
      case 0:
        return new Edit(Edit.splice(doc, a.valueStart(), a.valueEnd(), ""), a.name() + " emptied");
      case 1:
        return new Edit(Edit.splice(doc, a.valueStart(), a.valueEnd(), "x"), a.name() + "=\"x\"");
      default:
        return new Edit(Edit.splice(doc, a.start(), a.end(), new byte[0]), a.name() + " removed");
    }
  }

  private Edit entity(SplittableRandom r) {
    Element label = labels.isEmpty() ? Mutations.pick(leaves, r) : Mutations.pick(labels, r);
    String doctype;
    String reference = "&e;";
    String variant;
    switch (r.nextInt(10)) {
      case 0:
        doctype = "<!DOCTYPE dataroot [<!ENTITY e \"interne\">]>";
        variant = "internal entity";
        break;
      case 1:
        doctype = "<!DOCTYPE dataroot [<!ENTITY e SYSTEM \"" + targets.fileUri() + "\">]>";
        variant = "external entity on disk";
        break;
      case 2:
        doctype = "<!DOCTYPE dataroot [<!ENTITY e SYSTEM \"" + targets.url() + "\">]>";
        variant = "external entity on the network";
        break;
      case 3:
        doctype = "<!DOCTYPE dataroot [<!ENTITY % p SYSTEM \"" + targets.url() + "\"> %p;]>";
        reference = "";
        variant = "parameter entity on the network";
        break;
      case 4: {
        StringBuilder sb = new StringBuilder("<!DOCTYPE dataroot [<!ENTITY e0 \"lol\">");
        for (int k = 1; k <= 10; k++) {
          sb.append("<!ENTITY e").append(k).append(" \"")
              .append(("&e" + (k - 1) + ";").repeat(10)).append("\">");
        }
        doctype = sb.append("]>").toString();
        reference = "&e10;";
        variant = "billion laughs";
        break;
      }
      case 5:
        doctype = "<!DOCTYPE dataroot SYSTEM \"" + targets.url() + "\">";
        reference = "";
        variant = "external DTD on the network";
        break;
      case 6:
        doctype = "";
        reference = r.nextBoolean() ? "&e;" : "&nbsp;";
        variant = "undeclared entity " + reference;
        break;
      case 7: {
        Element root = structure.elements().get(0);
        int at = root.start + 1 + root.name.length();
        String hint = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:noNamespaceSchemaLocation=\"" + targets.url() + "\"";
        return new Edit(Edit.insert(doc, at, hint), "schema location on the network");
      }
      case 8: {
        String include = "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\""
            + targets.fileUri() + "\" parse=\"text\"/>";
        return new Edit(Edit.insert(doc, label.contentStart, include), "XInclude of a file");
      }
      default: {
        String pi = "<?xml-stylesheet type=\"text/xsl\" href=\"" + targets.url() + "\"?>";
        return new Edit(Edit.insert(doc, structure.rootStart(), pi), "stylesheet on the network");
      }
    }
    byte[] result = Edit.insert(doc, label.contentStart, reference);
    return new Edit(Edit.insert(result, structure.rootStart(), doctype), variant);
  }

  private Edit numericEdge(SplittableRandom r) {
    String value = NUMERIC_EDGES.get(r.nextInt(NUMERIC_EDGES.size()));
    if (numeric.isEmpty() || !numericAttributes.isEmpty() && r.nextInt(4) == 0) {
      Attribute a = Mutations.pick(numericAttributes, r);
      String v = value.length() > 1_000 ? value.substring(0, 1_000) : value;
      return new Edit(Edit.splice(doc, a.valueStart(), a.valueEnd(), v),
          "@" + a.name() + "=\"" + Edit.abbreviate(v) + "\"");
    }
    Element e = Mutations.pick(numeric, r);
    return replaceContent(e, value, e.name + " " + Edit.abbreviate(value));
  }

  private Edit siblings(SplittableRandom r) {
    Element list = Mutations.pick(lists, r);
    String item = LISTS.get(list.name);
    String template = "<" + item + "/>";
    for (Element child : list.children) {
      if (child.end - child.start <= 300 && r.nextBoolean()) {
        template = new String(doc, child.start, child.end - child.start, StandardCharsets.UTF_8);
        break;
      }
    }
    int wanted = r.nextInt(4) == 0 ? 10_000 + r.nextInt(90_001) : 10_000 + r.nextInt(10_001);
    int count = Math.min(wanted, 2_000_000 / template.length());
    return new Edit(Edit.insert(doc, list.contentEnd, template.repeat(count)),
        count + " × " + Edit.abbreviate(template) + " in " + list.name);
  }

  private Edit longLabel(SplittableRandom r) {
    Element label = Mutations.pick(labels, r);
    String text;
    String variant;
    switch (r.nextInt(8)) {
      case 0: {
        int k = 85 + r.nextInt(4_916);
        text = "A1-".repeat(k);
        variant = "'A1-' × " + k;
        break;
      }
      case 1: {
        int k = 50 + r.nextInt(2_000);
        text = "A1 - ".repeat(k) + "titre";
        variant = "'A1 - ' × " + k;
        break;
      }
      case 2: {
        int k = 40 + r.nextInt(2_000);
        text = "OS.1 - ".repeat(k) + "titre";
        variant = "'OS.1 - ' × " + k;
        break;
      }
      case 3: {
        int n = 256 + r.nextInt(1_000_000);
        text = "x".repeat(n);
        variant = n + " × 'x'";
        break;
      }
      case 4:
        text = "\uD83D\uDE00" + "x".repeat(254);
        variant = "255 code points, one emoji";
        break;
      case 5:
        text = "\uD83D\uDE00".repeat(256);
        variant = "256 emoji";
        break;
      case 6:
        text = "\u00e9".repeat(255 + r.nextInt(3));
        variant = "255 to 257 × 'é'";
        break;
      default: {
        int k = 20 + r.nextInt(200);
        text = "A1 - A1.1 - ".repeat(k) + "titre";
        variant = "sub-action chain × " + k;
        break;
      }
    }
    return replaceContent(label, text, variant);
  }

  private Edit references(SplittableRandom r) {
    Element e = Mutations.pick(leaves, r);
    if (r.nextInt(3) == 0) {
      String bad = BAD_REFERENCES[r.nextInt(BAD_REFERENCES.length)];
      return new Edit(Edit.insert(doc, insideText(r), bad), bad + " in a text");
    }
    String[] refs = {"&#233;", "&#x1F600;", "&amp;", "&lt;", "&#x20;"};
    String ref = refs[r.nextInt(refs.length)];
    // Mostly thousands, sometimes the hundreds of thousands that made reading quadratic.
    int k = r.nextInt(8) == 0 ? 20_000 + r.nextInt(180_001) : 1_000 + r.nextInt(19_001);
    return replaceContent(e, ref.repeat(k), k + " × " + ref + " in " + e.name);
  }
}
