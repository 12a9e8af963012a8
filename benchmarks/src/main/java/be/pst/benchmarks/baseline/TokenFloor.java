package be.pst.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floors of JSON reading (plancher de lecture): Jackson's streaming parser over the same
 * bytes, either tokenising only ({@code nextToken()}) or also decoding every value and member
 * name into a {@code String} ({@code nextToken()} + {@code getText()}), which any reader that
 * keeps the values must at least do. Neither checks anything nor builds any object beyond the
 * strings.
 *
 * <p>This class has static methods only; it is thread-safe.
 */
public final class TokenFloor {

  private static final JsonFactory JSON = new JsonFactory();

  private TokenFloor() {}

  /**
   * Tokenises a document.
   *
   * @param document the UTF-8 bytes
   * @return the number of tokens
   * @throws IOException if the bytes are not JSON
   */
  public static long tokens(byte[] document) throws IOException {
    try (JsonParser parser = JSON.createParser(document)) {
      return tokens(parser);
    }
  }

  /**
   * Tokenises a document and decodes each value and member name.
   *
   * @param document the UTF-8 bytes
   * @return the number of tokens plus the length of every text, so that nothing is left unused
   * @throws IOException if the bytes are not JSON
   */
  public static long texts(byte[] document) throws IOException {
    try (JsonParser parser = JSON.createParser(document)) {
      return texts(parser);
    }
  }

  /**
   * Tokenises a file and decodes each value and member name.
   *
   * @param file the file
   * @return the number of tokens plus the length of every text
   * @throws IOException if the file cannot be read or is not JSON
   */
  public static long texts(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = JSON.createParser(in)) {
      return texts(parser);
    }
  }

  private static long tokens(JsonParser parser) throws IOException {
    long count = 0;
    while (parser.nextToken() != null) {
      count++;
    }
    return count;
  }

  private static long texts(JsonParser parser) throws IOException {
    long count = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      count++;
      if (token.isScalarValue() || token == JsonToken.FIELD_NAME) {
        count += parser.getText().length();
      }
    }
    return count;
  }
}
