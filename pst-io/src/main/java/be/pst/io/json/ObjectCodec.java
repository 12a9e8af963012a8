package be.pst.io.json;

import be.pst.io.PstFormatException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The codec of one JSON object of the format, driven by its member table: for each member, its
 * name, whether it is required, the codec of its value, how to get it from a model value and
 * how to give it to a builder. The same table reads (any member order, each member at most
 * once, unknown members refused or, leniently, skipped) and writes (table order, absent optional
 * members and empty lists omitted), and the JSON Schema test checks it against the schema.
 *
 * <p>Immutable and thread-safe once built.
 *
 * @param <T> the model type
 * @param <B> what is filled while reading (usually the model's builder)
 */
final class ObjectCodec<T, B> implements ValueCodec<T> {

  private final String name;
  private final String what;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Member<? super T, ? super B>> members;
  private final Map<String, Member<? super T, ? super B>> byName;
  private final Map<String, Integer> index;
  private final String names;

  private ObjectCodec(String name, String what, Supplier<B> newBuilder, Function<B, T> build,
      List<Member<? super T, ? super B>> members) {
    if (members.size() > Long.SIZE) {
      throw new IllegalArgumentException("more than 64 members in " + what);
    }
    this.name = name;
    this.what = what;
    this.newBuilder = newBuilder;
    this.build = build;
    this.members = List.copyOf(members);
    this.byName = new HashMap<>();
    this.index = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      Member<? super T, ? super B> m = members.get(i);
      if (byName.put(m.name, m) != null) {
        throw new IllegalArgumentException("two members \"" + m.name + "\" in " + what);
      }
      index.put(m.name, i);
    }
    this.names = members.stream().map(m -> m.name).collect(Collectors.joining(", "));
  }

  /**
   * Starts the table of an object.
   *
   * @param name the name of the object's definition in the JSON Schema: "action"
   * @param what the object for messages: "an action"
   * @param newBuilder makes what reading fills
   * @param build turns it into the model value; its runtime exceptions become format problems
   */
  static <T, B> Table<T, B> table(String name, String what, Supplier<B> newBuilder,
      Function<B, T> build) {
    return new Table<>(name, what, newBuilder, build);
  }

  @Override
  public Map<String, Object> schema(JsonSchemas schemas) {
    return schemas.ref(name, () -> objectSchema(schemas));
  }

  /** The schema of the object itself (not a reference to its definition). */
  Map<String, Object> objectSchema(JsonSchemas schemas) {
    Map<String, Object> properties = new java.util.LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Member<? super T, ? super B> m : members) {
      Map<String, Object> value = m.valueCodec.schema(schemas);
      properties.put(m.name, m.list ? JsonSchemas.obj("type", "array", "items", value) : value);
      if (m.required) {
        required.add(m.name);
      }
    }
    Map<String, Object> schema = JsonSchemas.obj("type", "object");
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("additionalProperties", false);
    schema.put("properties", properties);
    return schema;
  }

  @Override
  public String describe() {
    return what;
  }

  /** The members, in table (writing) order. */
  List<Member<? super T, ? super B>> members() {
    return members;
  }

  @Override
  public T read(JsonInput in) throws IOException, PstFormatException {
    in.startObject(what);
    // The object's pointer is built only when a problem or a place needs it: at the end of the
    // object the parser's context is the object's own place again (the same pointer).
    String pointer = in.recordsPlaces() ? in.pointer() : null;
    JsonLocation start = in.eagerLocation();
    long mark = in.tokenMark();
    B builder = newBuilder.get();
    long seen = 0;
    String name;
    while ((name = in.nextMember()) != null) {
      Integer i = index.get(name);
      if (i == null) {
        in.unknownMember(name, what, names);
        continue;
      }
      long bit = 1L << i;
      if ((seen & bit) != 0) {
        throw in.fail("duplicate member \"" + JsonInput.abbreviate(name) + "\" in " + what);
      }
      seen |= bit;
      members.get(i).read(in, builder);
    }
    for (int i = 0; i < members.size(); i++) {
      Member<? super T, ? super B> m = members.get(i);
      if (m.required && (seen & (1L << i)) == 0) {
        pointer = pointer != null ? pointer : in.pointer();
        start = start != null ? start : JsonInput.location(mark);
        if (in.lenient && m.emptyWhenMissing) {
          in.warnAt(pointer, start, "missing \"" + m.name + "\" in " + what + ": read as empty");
        } else {
          throw in.missing(m.name, what, pointer, start);
        }
      }
    }
    try {
      T value = build.apply(builder);
      in.place(value, pointer, start);
      return value;
    } catch (DeferredProblem e) {
      throw e.problem();
    } catch (RuntimeException e) {
      throw in.failAt(pointer != null ? pointer : in.pointer(),
          start != null ? start : JsonInput.location(mark),
          "invalid " + what + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void write(JsonOutput out, T value) throws IOException {
    out.checkDepth();
    out.generator().writeStartObject();
    for (Member<? super T, ? super B> m : members) {
      m.write(out, value);
    }
    out.generator().writeEndObject();
  }

  /** One member of an object. */
  abstract static class Member<T, B> {
    final String name;
    /** The name, its quoted and escaped forms computed once, as generators write it. */
    final SerializedString serializedName;
    final boolean required;
    final ValueCodec<?> valueCodec;
    final boolean list;
    /** A required array that a lenient reader reads as empty when it is missing. */
    boolean emptyWhenMissing;

    Member(String name, boolean required, ValueCodec<?> codec, boolean list) {
      this.name = Objects.requireNonNull(name);
      this.serializedName = new SerializedString(name);
      this.required = required;
      this.valueCodec = codec;
      this.list = list;
    }

    /** Reads the member's value, the current token, into the builder. */
    abstract void read(JsonInput in, B builder) throws IOException, PstFormatException;

    /** Writes the member (name and value) if the value has it. */
    abstract void write(JsonOutput out, T value) throws IOException;
  }

  /** The table of an object, member by member, in writing order. */
  static final class Table<T, B> {
    private final String name;
    private final String what;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Member<? super T, ? super B>> members = new ArrayList<>();

    private Table(String name, String what, Supplier<B> newBuilder, Function<B, T> build) {
      this.name = name;
      this.what = what;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** A member always written and required when read. */
    <V> Table<T, B> required(String name, ValueCodec<V> codec, Function<? super T, V> get,
        BiConsumer<? super B, V> set) {
      members.add(new Member<T, B>(name, true, codec, false) {
        @Override
        void read(JsonInput in, B builder) throws IOException, PstFormatException {
          set.accept(builder, codec.read(in));
        }

        @Override
        void write(JsonOutput out, T value) throws IOException {
          out.generator().writeFieldName(serializedName);
          codec.write(out, get.apply(value));
        }
      });
      return this;
    }

    /** A member written when present. */
    <V> Table<T, B> optional(String name, ValueCodec<V> codec,
        Function<? super T, ? extends Optional<? extends V>> get, BiConsumer<? super B, V> set) {
      members.add(new Member<T, B>(name, false, codec, false) {
        @Override
        void read(JsonInput in, B builder) throws IOException, PstFormatException {
          set.accept(builder, codec.read(in));
        }

        @Override
        void write(JsonOutput out, T value) throws IOException {
          Optional<? extends V> v = get.apply(value);
          if (v.isPresent()) {
            out.generator().writeFieldName(serializedName);
            codec.write(out, v.get());
          }
        }
      });
      return this;
    }

    /** A member whose value is written when it differs from the format's default. */
    <V> Table<T, B> defaulted(String name, ValueCodec<V> codec, V absent,
        Function<? super T, V> get, BiConsumer<? super B, V> set) {
      members.add(new Member<T, B>(name, false, codec, false) {
        @Override
        void read(JsonInput in, B builder) throws IOException, PstFormatException {
          set.accept(builder, codec.read(in));
        }

        @Override
        void write(JsonOutput out, T value) throws IOException {
          V v = get.apply(value);
          if (!absent.equals(v)) {
            out.generator().writeFieldName(serializedName);
            codec.write(out, v);
          }
        }
      });
      return this;
    }

    /** A boolean written only when {@code true}. */
    Table<T, B> flag(String name, Predicate<? super T> get, BiConsumer<? super B, Boolean> set) {
      return defaulted(name, ValueCodec.BOOLEAN, Boolean.FALSE, t -> get.test(t), set);
    }

    /** An array written when it has elements. */
    <V> Table<T, B> list(String name, ValueCodec<V> codec,
        Function<? super T, ? extends Collection<? extends V>> get,
        BiConsumer<? super B, List<V>> set) {
      members.add(listMember(name, false, codec, get, set));
      return this;
    }

    /**
     * A structural array, always written ({@code []} when empty) and required; a lenient
     * reader reads it as empty when it is missing.
     */
    <V> Table<T, B> structure(String name, ValueCodec<V> codec,
        Function<? super T, ? extends Collection<? extends V>> get,
        BiConsumer<? super B, List<V>> set) {
      Member<T, B> m = listMember(name, true, codec, get, set);
      m.emptyWhenMissing = true;
      members.add(m);
      return this;
    }

    private <V> Member<T, B> listMember(String name, boolean always, ValueCodec<V> codec,
        Function<? super T, ? extends Collection<? extends V>> get,
        BiConsumer<? super B, List<V>> set) {
      return new Member<T, B>(name, always, codec, true) {
        @Override
        void read(JsonInput in, B builder) throws IOException, PstFormatException {
          in.startArray("an array of " + codec.describe());
          List<V> values = new ArrayList<>();
          while (in.nextElement()) {
            values.add(codec.read(in));
          }
          set.accept(builder, values);
        }

        @Override
        void write(JsonOutput out, T value) throws IOException {
          Collection<? extends V> values = get.apply(value);
          if (values.isEmpty() && !always) {
            return;
          }
          out.generator().writeFieldName(serializedName);
          out.checkDepth();
          out.generator().writeStartArray();
          for (V v : values) {
            codec.write(out, v);
          }
          out.generator().writeEndArray();
        }
      };
    }

    /** The members of another table, such as those every element has. */
    Table<T, B> include(List<? extends Member<? super T, ? super B>> shared) {
      members.addAll(shared);
      return this;
    }

    /** The members built so far, to be shared with {@link #include}. */
    List<Member<? super T, ? super B>> members() {
      return List.copyOf(members);
    }

    /** The codec of the table. */
    ObjectCodec<T, B> codec() {
      return new ObjectCodec<>(name, what, newBuilder, build, members);
    }
  }

  /**
   * Carries, out of a build function, a format problem found while decoding a value whose
   * reading was deferred (an indicator value waiting for its indicator's kind): it keeps the
   * pointer of the value itself.
   */
  static final class DeferredProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DeferredProblem(PstFormatException cause) {
      super(cause.getMessage(), cause, false, false);
    }

    PstFormatException problem() {
      return (PstFormatException) getCause();
    }
  }

  /** Whether the current token can start a value of this object (for values of several shapes). */
  static boolean startsObject(JsonInput in) {
    return in.parser.currentToken() == JsonToken.START_OBJECT;
  }
}
