package be.pst.report;

import java.util.Locale;

/**
 * A small writer of SVG markup for the charts: elements with numeric attributes printed with a
 * dot and at most one decimal, every text escaped ({@link Html#escape}). Not thread-safe; one per
 * chart; package-private.
 */
final class Svg {

  private final StringBuilder out = new StringBuilder();

  /**
   * Starts a chart.
   *
   * @param width the width of the view box
   * @param height the height of the view box
   * @param label what the chart shows, for readers that do not see it
   */
  Svg(double width, double height, String label) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
        .append(num(width)).append(' ').append(num(height)).append("\" role=\"img\" aria-label=\"")
        .append(Html.escape(label)).append("\"><title>").append(Html.escape(label))
        .append("</title>");
  }

  static String num(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    return rounded == Math.rint(rounded) ? Long.toString((long) rounded)
        : String.format(Locale.ROOT, "%.1f", rounded);
  }

  /** A rectangle with a tooltip. */
  Svg rect(double x, double y, double width, double height, String fill, String tooltip) {
    out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append("\" width=\"").append(num(Math.max(0, width))).append("\" height=\"")
        .append(num(Math.max(0, height))).append("\" fill=\"").append(fill).append('"');
    if (tooltip == null) {
      out.append("/>");
    } else {
      out.append("><title>").append(Html.escape(tooltip)).append("</title></rect>");
    }
    return this;
  }

  /** A line. */
  Svg line(double x1, double y1, double x2, double y2, String stroke) {
    out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1))
        .append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2))
        .append("\" stroke=\"").append(stroke).append("\"/>");
    return this;
  }

  /** A text; {@code anchor} is start, middle or end. */
  Svg text(double x, double y, String text, String anchor, String cssClass) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append("\" text-anchor=\"").append(anchor).append("\" class=\"").append(cssClass)
        .append("\">").append(Html.escape(text)).append("</text>");
    return this;
  }

  /**
   * Ends the chart.
   *
   * @return the markup
   */
  String end() {
    return out.append("</svg>").toString();
  }
}
