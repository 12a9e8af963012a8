package be.pst.io.mutation;

import be.pst.io.mutation.JsonStructure.Type;
import be.pst.io.mutation.JsonStructure.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** The mutations of one JSON seed document. */
final class JsonMutations implements Mutations {

  /** Members whose value is a number, a decimal string or an amount. */
  private static final Set<String> NUMERIC_MEMBERS = Set.of("amount", "percent", "progress", "fte",
      "hoursPerWeek", "value", "baseline", "target", "exercice", "firstExercice", "lastExercice",
      "sdgs");

  /** Members whose value is a decimal with a scale: amounts, percentages, FTE. */
  private static final Set<String> DECIMAL_MEMBERS =
      Set.of("amount", "percent", "progress", "fte", "hoursPerWeek");

  private static final String HUNDRED_THOUSAND_DIGITS = "9".repeat(100_000);

  /** Numbers at and beyond every limit. */
  private static final List<String> HUGE = List.of("1e999999999", "-1e999999999", "1E-400",
      "1e-400", HUNDRED_THOUSAND_DIGITS, "0." + "0".repeat(99_998) + "1",
      "9223372036854775807", "9223372036854775808", "-9223372036854775809",
      "92233720368547758.07", "92233720368547758.08", "-92233720368547758.08", "-0", "-0.0",
      "0.001", "0.005", "2147483647", "2147483648", "-2147483649", "1e309", "4.9e-325",
      "1E+2147483647", "1e2147483648", "123456789012345678901234567890.123456789012345678901234567890",
      "1" + "0".repeat(30), "1" + "0".repeat(31), "1E+3", "1e2", "-1", "0", "1.", ".5", "+1",
      "0x10", "NaN", "Infinity", "-Infinity", "1_000", "١٢");

  private static final String[] UNKNOWN_NAMES = {"unknownMember", "Code", "titre", "_comment",
      "$schema", "x-erp-id", "", "code ", "n".repeat(1_001)};

  private static final String[] UNKNOWN_VALUES = {"1", "\"x\"", "{\"a\": [1, 2]}", "null", "[]",
      "true"};

  private static final String[] SURROGATES = {"\\ud800", "\\udc00", "\\ud800\\u0041",
      "\\udbff\\udbff", "\\uDE00\\uD83D", "\\ud83d", "\\u0000", "\\uFFFE", "\\uFEFF"};

  private static final byte[] ALPHABET = "{}[]\",:\\0123456789-+.eE tfnul\n\u00e9".getBytes(
      StandardCharsets.UTF_8);

  private final byte[] doc;
  private final List<Value> nonRoot = new ArrayList<>();
  private final List<Value> strings = new ArrayList<>();
  private final List<Value> numeric = new ArrayList<>();
  private final List<Value> members = new ArrayList<>();
  private final List<Value> objects = new ArrayList<>();
  private final List<Value> arrays = new ArrayList<>();
  private final List<Value> decimals = new ArrayList<>();
  private final List<Value> shareArrays = new ArrayList<>();

  JsonMutations(byte[] doc) {
    this.doc = doc;
    JsonStructure structure = JsonStructure.of(doc);
    for (Value v : structure.values()) {
      if (v.parent != null) {
        nonRoot.add(v);
      }
      if (v.type == Type.STRING) {
        strings.add(v);
      }
      String member = memberOf(v);
      if (member != null && NUMERIC_MEMBERS.contains(member)
          && (v.type == Type.STRING || v.type == Type.NUMBER)) {
        numeric.add(v);
      }
      if (member != null && DECIMAL_MEMBERS.contains(member) && v.type == Type.STRING) {
        decimals.add(v);
      }
      if (v.member != null) {
        members.add(v);
      }
      if (v.type == Type.OBJECT) {
        objects.add(v);
      }
      if (v.type == Type.ARRAY && !v.children.isEmpty()) {
        arrays.add(v);
      }
      if (v.type == Type.ARRAY && "objectiveShares".equals(v.member) && v.children.size() > 1) {
        shareArrays.add(v);
      }
    }
  }

  /** The member name of a value, or of the array holding it ({@code sdgs} elements). */
  private static String memberOf(Value v) {
    if (v.member != null) {
      return v.member;
    }
    return v.parent != null && v.parent.type == Type.ARRAY ? v.parent.member : null;
  }

  @Override
  public boolean supports(MutationKind kind) {
    switch (kind) {
      case HUGE_NUMBER:
        return !numeric.isEmpty();
      case PRECISION:
        return !decimals.isEmpty();
      case ARRAY_ELEMENTS:
        return !arrays.isEmpty();
      default:
        return kind.jsonWeight() > 0;
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
        return ByteMutations.badEncoding(doc, r, this::insideString);
      case BYTE_ORDER_MARK:
        return ByteMutations.byteOrderMark(doc, r,
            (d, e) -> ByteMutations.transcode(d, e.charset()));
      case LONE_SURROGATE: {
        String s = SURROGATES[r.nextInt(SURROGATES.length)];
        return new Edit(Edit.insert(doc, insideString(r), s), s + " in a string");
      }
      case DEEP_NESTING:
        return deepNesting(r);
      case LONG_STRING:
        return longString(r);
      case WRONG_TYPE:
        return wrongType(r);
      case UNKNOWN_MEMBER:
        return unknownMember(r);
      case DUPLICATE_MEMBER:
        return duplicateMember(r);
      case HUGE_NUMBER:
        return hugeNumber(r);
      case PRECISION:
        return precision(r);
      case ARRAY_ELEMENTS:
        return arrayElements(r);
      default:
        throw new IllegalArgumentException(kind + " does not apply to JSON");
    }
  }

  /** An offset just inside a string value (after its opening quote, before its closing one). */
  private int insideString(SplittableRandom r) {
    Value s = Mutations.pick(strings, r);
    return s.start + 1 + r.nextInt(s.end - s.start - 1);
  }

  private Edit replace(Value v, String replacement, String variant) {
    return new Edit(Edit.splice(doc, v.start, v.end, replacement), variant);
  }

  private Edit deepNesting(SplittableRandom r) {
    Value target = Mutations.pick(nonRoot, r);
    int[] fixed = {99, 100, 101, 1_000};
    int levels = r.nextInt(3) == 0 ? fixed[r.nextInt(fixed.length)]
        : 10_000 + r.nextInt(90_001);
    StringBuilder sb = new StringBuilder(levels * 6);
    String variant;
    switch (r.nextInt(3)) {
      case 0:
        sb.append("[".repeat(levels)).append("]".repeat(levels));
        variant = levels + " × [";
        break;
      case 1:
        sb.append("{\"a\":".repeat(levels)).append('1').append("}".repeat(levels));
        variant = levels + " × {\"a\":";
        break;
      default:
        sb.append("[".repeat(levels));
        variant = levels + " × [ never closed";
        break;
    }
    return replace(target, sb.toString(), variant);
  }

  private Edit longString(SplittableRandom r) {
    Value target = Mutations.pick(strings, r);
    int[] fixed = {999_999, 1_000_000, 1_000_001};
    int length = r.nextBoolean() ? fixed[r.nextInt(fixed.length)]
        : 100_000 + r.nextInt(1_900_001);
    String[] units = {"a", "\u00e9", "\u20ac", "\\u00e9", "\\n"};
    String unit = units[r.nextInt(units.length)];
    return replace(target, "\"" + unit.repeat(length) + "\"",
        length + " × '" + unit + "'");
  }

  private Edit wrongType(SplittableRandom r) {
    Value target = Mutations.pick(nonRoot, r);
    String[] choices;
    switch (target.type) {
      case OBJECT:
        choices = new String[] {"\"x\"", "1", "[]", "true", "[{}]"};
        break;
      case ARRAY:
        choices = new String[] {"{}", "\"x\"", "0", "false", "{\"0\": 1}"};
        break;
      case STRING:
        choices = new String[] {"1", "-1.5", "{}", "[]", "true", "[\"x\"]", "{\"amount\": \"1\"}"};
        break;
      case NUMBER:
        choices = new String[] {"\"12\"", "{}", "[]", "\"x\"", "true", "[2020]"};
        break;
      default:
        choices = new String[] {"\"true\"", "0", "{}", "[]", "\"\""};
        break;
    }
    String replacement = choices[r.nextInt(choices.length)];
    return replace(target, replacement, target.type + " → " + replacement);
  }

  private Edit unknownMember(SplittableRandom r) {
    Value object = Mutations.pick(objects, r);
    String name = UNKNOWN_NAMES[r.nextInt(UNKNOWN_NAMES.length)];
    String value = UNKNOWN_VALUES[r.nextInt(UNKNOWN_VALUES.length)];
    String member = "\"" + name + "\": " + value + (object.children.isEmpty() ? "" : ", ");
    return new Edit(Edit.insert(doc, object.start + 1, member),
        "\"" + Edit.abbreviate(name) + "\": " + value);
  }

  private Edit duplicateMember(SplittableRandom r) {
    Value v = Mutations.pick(members, r);
    String copy;
    String variant;
    if (r.nextInt(4) == 0) {
      copy = v.type == Type.STRING ? "\"other\"" : "\"x\"";
      variant = "\"" + v.member + "\" again with another value";
    } else {
      copy = new String(doc, v.start, v.end - v.start, StandardCharsets.UTF_8);
      variant = "\"" + v.member + "\" twice";
    }
    return new Edit(Edit.insert(doc, v.end, ", \"" + v.member + "\": " + copy), variant);
  }

  private Edit hugeNumber(SplittableRandom r) {
    Value target = Mutations.pick(numeric, r);
    String number = HUGE.get(r.nextInt(HUGE.size()));
    boolean quoted = target.type == Type.STRING ? r.nextInt(4) != 0 : r.nextInt(4) == 0;
    String replacement = quoted ? "\"" + number + "\"" : number;
    return replace(target, replacement,
        memberOf(target) + " = " + Edit.abbreviate(replacement));
  }

  private Edit precision(SplittableRandom r) {
    if (!shareArrays.isEmpty() && r.nextBoolean()) {
      return shares(r);
    }
    Value target = Mutations.pick(decimals, r);
    int[] scales = {3, 10, 18, 20, 30, 31, 40};
    int scale = scales[r.nextInt(scales.length)];
    BigDecimal base = new BigDecimal(r.nextInt(10_000)).movePointLeft(2);
    BigDecimal value = base.add(new BigDecimal(BigInteger.valueOf(1 + r.nextInt(999_999)),
        scale));
    String text = r.nextInt(5) == 0 ? value.toString().replace("0E", "E")
        : value.toPlainString();
    String variant = memberOf(target) + " with " + scale + " decimals";
    if ("amount".equals(memberOf(target)) && r.nextBoolean()) {
      text = r.nextBoolean() ? "0.001" : "1.005";
      variant = "amount " + text;
    }
    return replace(target, "\"" + text + "\"", variant);
  }

  /** The percentages of one transversal action: many decimals, summing to exactly 100. */
  private Edit shares(SplittableRandom r) {
    Value array = Mutations.pick(shareArrays, r);
    List<Value> percents = new ArrayList<>();
    for (Value share : array.children) {
      for (Value member : share.children) {
        if ("percent".equals(member.member)) {
          percents.add(member);
        }
      }
    }
    if (percents.isEmpty()) {
      return replace(array, "[]", "objectiveShares emptied");
    }
    int[] scales = {3, 10, 18, 20, 30};
    int scale = scales[r.nextInt(scales.length)];
    BigInteger whole = BigInteger.TEN.pow(scale + 2);
    BigInteger[] cuts = new BigInteger[percents.size() - 1];
    for (int i = 0; i < cuts.length; i++) {
      cuts[i] = new BigInteger(whole.bitLength() + 8, new java.util.Random(r.nextLong()))
          .mod(whole);
    }
    Arrays.sort(cuts);
    byte[] result = doc;
    // Replace from the last to the first so that earlier offsets stay valid.
    BigInteger upper = whole;
    for (int i = percents.size() - 1; i >= 0; i--) {
      BigInteger lower = i == 0 ? BigInteger.ZERO : cuts[i - 1];
      String text = new BigDecimal(upper.subtract(lower), scale).toPlainString();
      Value v = percents.get(i);
      result = Edit.splice(result, v.start, v.end, "\"" + text + "\"");
      upper = lower;
    }
    return new Edit(result, percents.size() + " shares with " + scale + " decimals summing to 100");
  }

  private Edit arrayElements(SplittableRandom r) {
    Value array = Mutations.pick(arrays, r);
    List<Value> items = array.children;
    int n = items.size();
    int op = n >= 2 ? r.nextInt(3) : 1 + r.nextInt(2);
    if (op == 0) {
      int i = r.nextInt(n - 1);
      int j = i + 1 + r.nextInt(n - i - 1);
      Value a = items.get(i);
      Value b = items.get(j);
      byte[] result = Edit.concat(Edit.slice(doc, 0, a.start), Edit.slice(doc, b.start, b.end),
          Edit.slice(doc, a.end, b.start), Edit.slice(doc, a.start, a.end),
          Edit.slice(doc, b.end, doc.length));
      return new Edit(result, "elements " + i + " and " + j + " of " + name(array) + " swapped");
    }
    int i = r.nextInt(n);
    Value item = items.get(i);
    if (op == 1) {
      byte[] copy = Edit.concat(Edit.utf8(", "), Edit.slice(doc, item.start, item.end));
      return new Edit(Edit.insert(doc, item.end, copy),
          "element " + i + " of " + name(array) + " duplicated");
    }
    int from;
    int to;
    if (n == 1) {
      from = item.start;
      to = item.end;
    } else if (i < n - 1) {
      from = item.start;
      to = items.get(i + 1).start;
    } else {
      from = items.get(i - 1).end;
      to = item.end;
    }
    return new Edit(Edit.splice(doc, from, to, new byte[0]),
        "element " + i + " of " + name(array) + " removed");
  }

  private static String name(Value array) {
    return array.member == null ? "an array" : array.member;
  }
}
