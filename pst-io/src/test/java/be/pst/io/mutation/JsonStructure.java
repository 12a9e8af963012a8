package be.pst.io.mutation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where the values of a well-formed JSON seed document are (byte offsets), found by a small
 * iterative scanner, so that mutations can replace, copy or remove whole values.
 */
final class JsonStructure {

  /** The type of a value: object, array, string, number or literal. */
  enum Type { OBJECT, ARRAY, STRING, NUMBER, LITERAL }

  /** One value: its bytes {@code [start, end)}, its member name if any, its children. */
  static final class Value {
    final int start;
    int end;
    final Type type;
    final Value parent;
    final String member;
    final int memberStart;
    final List<Value> children = new ArrayList<>();

    Value(int start, Type type, Value parent, String member, int memberStart) {
      this.start = start;
      this.type = type;
      this.parent = parent;
      this.member = member;
      this.memberStart = memberStart;
    }
  }

  private final List<Value> values;

  private JsonStructure(List<Value> values) {
    this.values = values;
  }

  /** Every value, in document order, the root first. */
  List<Value> values() {
    return values;
  }

  static JsonStructure of(byte[] json) {
    List<Value> values = new ArrayList<>();
    Deque<Value> stack = new ArrayDeque<>();
    String name = null;
    int nameStart = -1;
    boolean expectName = false;
    int i = 0;
    while (i < json.length) {
      byte c = json[i];
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' || c == ':') {
        if (c == ',' && !stack.isEmpty() && stack.peek().type == Type.OBJECT) {
          expectName = true;
        }
        i++;
        continue;
      }
      if (c == '}' || c == ']') {
        stack.pop().end = i + 1;
        expectName = false;
        i++;
        continue;
      }
      if (c == '"' && expectName) {
        int end = stringEnd(json, i);
        name = new String(json, i + 1, end - i - 2, StandardCharsets.UTF_8);
        nameStart = i;
        expectName = false;
        i = end;
        continue;
      }
      Type type;
      int end;
      if (c == '{' || c == '[') {
        type = c == '{' ? Type.OBJECT : Type.ARRAY;
        end = -1;
      } else if (c == '"') {
        type = Type.STRING;
        end = stringEnd(json, i);
      } else {
        type = c == '-' || (c >= '0' && c <= '9') ? Type.NUMBER : Type.LITERAL;
        end = i;
        while (end < json.length && ",}] \n\r\t".indexOf(json[end]) < 0) {
          end++;
        }
      }
      Value parent = stack.peek();
      Value v = new Value(i, type, parent, parent != null && parent.type == Type.OBJECT ? name
          : null, parent != null && parent.type == Type.OBJECT ? nameStart : -1);
      if (parent != null) {
        parent.children.add(v);
      }
      values.add(v);
      if (end < 0) {
        stack.push(v);
        expectName = type == Type.OBJECT;
        i++;
      } else {
        v.end = end;
        i = end;
      }
    }
    if (!stack.isEmpty() || values.isEmpty()) {
      throw new IllegalArgumentException("not a well-formed JSON seed document");
    }
    return new JsonStructure(List.copyOf(values));
  }

  /** The offset just after the string starting at {@code start}. */
  private static int stringEnd(byte[] json, int start) {
    int i = start + 1;
    while (json[i] != '"') {
      i += json[i] == '\\' ? 2 : 1;
    }
    return i + 1;
  }
}
