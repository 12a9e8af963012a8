/**
 * Import and export of PSTs: the {@code be.pst/1} JSON document format ({@link
 * be.pst.io.json.PstJson}) and the problems found in documents ({@link
 * be.pst.io.PstFormatException}).
 */
package be.pst.io;
