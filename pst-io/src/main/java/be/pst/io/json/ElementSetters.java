package be.pst.io.json;

import be.pst.core.indicator.Indicator;
import be.pst.core.element.Volet;
import java.util.function.BiConsumer;

/**
 * The setters of the members every plan element has (code, title, description, volet,
 * indicators, comments) on one builder type, so that {@link DocumentDecoder} reads those members
 * once for strategic objectives, operational objectives and actions. The setters take the
 * builder as their first argument: one shared constant per builder type, nothing allocated per
 * element or member. Immutable and thread-safe.
 *
 * @param <B> the builder type
 */
final class ElementSetters<B> {

  final BiConsumer<B, String> code;
  final BiConsumer<B, String> title;
  final BiConsumer<B, String> description;
  final BiConsumer<B, Volet> volet;
  final BiConsumer<B, Indicator> addIndicator;
  final BiConsumer<B, String> comments;

  ElementSetters(
      BiConsumer<B, String> code,
      BiConsumer<B, String> title,
      BiConsumer<B, String> description,
      BiConsumer<B, Volet> volet,
      BiConsumer<B, Indicator> addIndicator,
      BiConsumer<B, String> comments) {
    this.code = code;
    this.title = title;
    this.description = description;
    this.volet = volet;
    this.addIndicator = addIndicator;
    this.comments = comments;
  }
}
