/**
 * The {@code be.pst/1} JSON codec: a strict or lenient streaming {@link
 * be.pst.io.json.PstJsonReader}, a deterministic {@link be.pst.io.json.PstJsonWriter}, and the
 * Jackson {@link be.pst.io.json.PstModule} that exposes the same codec to any {@code
 * ObjectMapper}.
 */
package be.pst.io.json;
